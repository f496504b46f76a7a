package org.groundwork.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.base.Formats;
import org.groundwork.base.Roles;
import org.groundwork.base.ui.DateRange;

/** The audit trail for administrators: filter by who, what, record and date; pages through the database. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 910, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout {

    final TextField actor = new TextField("User");
    final ComboBox<AuditAction> action = new ComboBox<>("Event");
    final TextField entityType = new TextField("Record type");
    final TextField text = new TextField("Details contain");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Span matches = new Span();
    final Grid<AuditEvent> grid = new Grid<>();
    private final transient AuditService audit;

    AuditLogView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        entityType.setPlaceholder("e.g. UserAccount");
        for (TextField field : new TextField[] {actor, entityType, text}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(actor, action, entityType, text, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("gw-filters");
        configureGrid();
        add(filters, matches, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setSortProperty("occurredAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader("User").setSortProperty("actor").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("Event").setSortProperty("action").setAutoWidth(true);
        grid.addColumn(e -> e.getEntityType() == null ? "" : e.getEntityType() + " #" + e.getEntityId())
                .setHeader("Record").setAutoWidth(true);
        grid.addColumn(AuditEvent::getDetails).setHeader("Details").setFlexGrow(3);
        grid.addColumn(AuditEvent::getRemoteAddress).setHeader("From").setAutoWidth(true);
        grid.setSizeFull();
    }

    private void refresh() {
        if (!DateRange.check(from, to)) {
            matches.setText("");
            grid.setItems(List.of());
            return;
        }
        AuditFilter filter = new AuditFilter(actor.getValue(), action.getValue(), entityType.getValue(),
                text.getValue(), from.getValue(), to.getValue());
        long count = audit.count(filter);
        matches.setText(count == 1 ? "1 event" : String.format("%,d events", count));
        grid.setItemsPageable(pageable -> audit.find(filter, pageable), pageable -> count);
    }
}
