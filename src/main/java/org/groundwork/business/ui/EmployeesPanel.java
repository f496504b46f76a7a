package org.groundwork.business.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.EmployeeCount;

/**
 * The dated employee counts, newest first, and a row to add one. The newest entry is the current count; the
 * history is what reports use for jobs gained and lost, so entries are added, never edited.
 */
class EmployeesPanel extends VerticalLayout {

    final Span current = new Span();
    final EmployeeCountForm form;
    final Button add = new Button("Add count");
    final Grid<EmployeeCount> grid = new Grid<>();
    private final transient BusinessService businesses;
    private final transient Business business;

    EmployeesPanel(Business business, BusinessService businesses, Clock clock) {
        this.business = business;
        this.businesses = businesses;
        setPadding(false);
        form = new EmployeeCountForm(LocalDate.now(clock));
        add.addClickListener(e -> form.entries().ifPresent(this::add));
        grid.addColumn(c -> Formats.date(c.getAsOf())).setHeader("As of");
        grid.addColumn(EmployeeCount::getEmployees).setHeader("Employees");
        grid.addColumn(c -> c.getSource() == null ? Formats.EMPTY : c.getSource()).setHeader("Source");
        grid.addColumn(c -> c.getCreatedBy() == null ? Formats.EMPTY : c.getCreatedBy()).setHeader("Entered by");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No employee counts yet.");
        add(current, form, add, grid);
        refresh();
    }

    private void add(NewEmployeeCount entries) {
        SaveFailures.attempt(() -> businesses.recordEmployees(business.getId(), entries.getAsOf(),
                entries.getEmployees(), entries.sourceOrNull()), form::show).ifPresent(added -> {
            Notifications.success("Added " + added.getEmployees() + " employees as of "
                    + Formats.date(added.getAsOf()) + ".");
            form.next();
            refresh();
        });
    }

    /** A business has one count a year or so, so its history is listed whole. */
    private void refresh() {
        List<EmployeeCount> history = businesses.employeeHistory(business.getId());
        current.setText(history.isEmpty() ? "No employee count yet." : "Current: " + history.getFirst().getEmployees()
                + " employees (as of " + Formats.date(history.getFirst().getAsOf()) + ").");
        grid.setItems(history);
    }
}
