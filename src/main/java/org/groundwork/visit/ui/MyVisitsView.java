package org.groundwork.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.DateRange;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.visit.VisitFilter;
import org.groundwork.visit.VisitRow;
import org.groundwork.visit.VisitStatus;

/**
 * The signed-in person's visits and contacts (led or joined), newest first, filtered and paged in the database.
 * The address may set the dates, as in {@code visits?from=2026-11-30&to=2026-12-06} (the staff dashboard's week);
 * a last day before the first is said on the field, not shown as an empty list.
 */
@Route("visits")
@PageTitle("My visits")
@Menu(title = "My visits", order = 200, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class MyVisitsView extends VerticalLayout implements BeforeEnterObserver {

    final Select<VisitStatus> status = FilterFields.anyOf("Status", VisitStatus.values(), VisitStatus::label);
    final TextField search = new TextField();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Button plan = new Button("Plan a visit", VaadinIcon.PLUS.create());
    final Button logContact = new Button("Log a call, email or event", VaadinIcon.PHONE.create());
    final Grid<VisitRow> grid = new Grid<>();
    private final transient VisitUiServices services;
    private final Long me;

    MyVisitsView(VisitUiServices services) {
        this.services = services;
        this.me = services.visits().myStaffId();
        setSizeFull();
        search.setLabel("Business");
        search.setPlaceholder("Name contains");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> new PlanVisitDialog(services, null, v -> refresh()).open());
        logContact.addClickListener(e -> new LogInteractionDialog(services, null, v -> refresh()).open());
        FlexLayout actions = new FlexLayout(plan, logContact, new Anchor("visits/calendar", "Calendar"));
        actions.addClassName("gw-toolbar");
        FlexLayout filters = new FlexLayout(search, status, from, to);
        filters.addClassName("gw-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        configureGrid();
        add(actions, filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(row -> Formats.date(row.date())).setHeader("Date").setSortProperty("visitDate")
                .setAutoWidth(true);
        grid.addColumn(VisitRow::businessName).setHeader("Business").setFlexGrow(1);
        grid.addColumn(VisitRow::kindLabel).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(row -> row.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(VisitRow::leadStaffName).setHeader("Led by").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("visits/" + e.getItem().id())));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        day(query, "from").ifPresent(from::setValue);
        day(query, "to").ifPresent(to::setValue);
    }

    private static Optional<LocalDate> day(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    VisitFilter filter() {
        return new VisitFilter(me == null ? -1L : me, status.getValue(), from.getValue(), to.getValue(),
                search.getValue(), null);
    }

    void refresh() {
        if (!DateRange.check(from, to)) {
            grid.setItems(List.of());
            return;
        }
        VisitFilter filter = filter();
        grid.setItemsPageable(pageable -> services.visits().search(filter, pageable),
                pageable -> services.visits().count(filter));
    }
}
