package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.RouteIds;
import org.groundwork.business.BusinessAction;
import org.groundwork.business.TargetFilter;
import org.groundwork.business.TargetListService;
import org.groundwork.business.TargetRow;
import org.groundwork.business.TargetTier;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Whom do I visit next?": key companies and tier-A businesses, longest without contact first. Rows nobody has
 * contacted within the configured number of months are highlighted, and each row offers the actions other
 * features put on the target list (such as planning a visit). The address may set the owner and "only overdue",
 * as in {@code targets?owner=12&overdue} (the staff dashboard's targets not contacted in time).
 */
@Route("targets")
@PageTitle("Target list")
@Menu(title = "Target list", order = 120, icon = "vaadin:crosshairs")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class TargetListView extends VerticalLayout implements BeforeEnterObserver {

    static final String OVERDUE_PART = "overdue";

    final Select<TargetTier> tier = new Select<>();
    final ComboBox<StaffMember> owner;
    final Checkbox onlyOverdue = new Checkbox("Only overdue");
    final Span summary = new Span();
    final Grid<TargetRow> grid = new Grid<>();
    private final transient TargetListService targets;
    private final transient List<BusinessAction> rowActions;
    private final transient StaffDirectory staff;

    TargetListView(TargetListService targets, StaffDirectory staff, ObjectProvider<BusinessAction> actions) {
        this.targets = targets;
        this.staff = staff;
        this.rowActions = actions.orderedStream().filter(BusinessAction::offeredOnTargetList)
                .sorted(Comparator.comparingInt(BusinessAction::order)).toList();
        owner = EntityPicker.single("Owner", staff, StaffMember::fullName);
        setSizeFull();
        tier.setLabel("Tier");
        tier.setItems(TargetTier.values());
        tier.setItemLabelGenerator(t -> t == null ? "Any tier" : t.label());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption("Any tier");
        tier.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        onlyOverdue.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(tier, owner, onlyOverdue);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        configureGrid();
        add(filters, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(row -> new Anchor("businesses/" + row.business().getId(),
                row.business().getDisplayName())).setHeader("Business").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> Objects.toString(row.business().getTargeting().getTier(), Formats.EMPTY))
                .setHeader("Tier").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.business().getTargeting().isKeyCompany() ? "Key company" : "").setHeader("Key")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.ownerName() == null ? "Nobody yet" : row.ownerName()).setHeader("Owner")
                .setAutoWidth(true);
        grid.addColumn(TargetListView::lastContact).setHeader("Last contact").setAutoWidth(true);
        if (!rowActions.isEmpty()) {
            grid.addComponentColumn(row -> {
                HorizontalLayout buttons = new HorizontalLayout();
                rowActions.forEach(action -> {
                    Button button = new Button(action.label(), e -> action.start(row.business()));
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(button);
                });
                return buttons;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setPartNameGenerator(row -> row.overdue() ? OVERDUE_PART : null);
        grid.setEmptyStateText("No key companies or tier-A businesses match.");
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.ofQuery(event, "owner").flatMap(staff::find).ifPresent(owner::setValue);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("overdue")) {
            onlyOverdue.setValue(true);
        }
    }

    static String lastContact(TargetRow row) {
        LocalDate lastContact = row.business().getFigures().getLastContactDate();
        String date = lastContact == null ? "Never" : Formats.date(lastContact);
        return row.overdue() ? date + " · overdue" : date;
    }

    void refresh() {
        TargetFilter filter = new TargetFilter(tier.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), onlyOverdue.getValue());
        grid.setItemsPageable(pageable -> targets.find(filter, pageable), pageable -> targets.count(filter));
        long total = targets.count(filter);
        long overdue = targets.countOverdue(filter);
        summary.setText(total + (total == 1 ? " business, " : " businesses, ") + overdue + " overdue: not contacted in "
                + targets.staleAfterMonths() + " months or never.");
    }
}
