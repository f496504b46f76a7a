package org.groundwork.business.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.Formats;
import org.groundwork.base.RuleViolationException;
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
    final DatePicker asOf = new DatePicker("As of");
    final IntegerField employees = new IntegerField("Employees");
    final TextField source = new TextField("Source");
    final Button add = new Button("Add count");
    final Grid<EmployeeCount> grid = new Grid<>();
    private final transient BusinessService businesses;
    private final transient Business business;

    EmployeesPanel(Business business, BusinessService businesses, Clock clock) {
        this.business = business;
        this.businesses = businesses;
        setPadding(false);
        asOf.setValue(LocalDate.now(clock));
        asOf.setMax(LocalDate.now(clock));
        employees.setMin(0);
        source.setPlaceholder("visit, phone call, annual report …");
        add.addClickListener(e -> add());
        HorizontalLayout entry = new HorizontalLayout(asOf, employees, source, add);
        entry.setAlignItems(Alignment.BASELINE);
        entry.setWrap(true);
        grid.addColumn(c -> Formats.date(c.getAsOf())).setHeader("As of");
        grid.addColumn(EmployeeCount::getEmployees).setHeader("Employees");
        grid.addColumn(c -> c.getSource() == null ? Formats.EMPTY : c.getSource()).setHeader("Source");
        grid.addColumn(c -> c.getCreatedBy() == null ? Formats.EMPTY : c.getCreatedBy()).setHeader("Entered by");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No employee counts yet.");
        add(current, entry, grid);
        refresh();
    }

    private void add() {
        if (asOf.getValue() == null) {
            invalid(asOf, "Enter the date the count is from.");
            return;
        }
        if (employees.getValue() == null) {
            invalid(employees, "Enter the number of employees.");
            return;
        }
        try {
            businesses.recordEmployees(business.getId(), asOf.getValue(), employees.getValue(),
                    source.getValue().isBlank() ? null : source.getValue().trim());
        } catch (RuleViolationException rule) {
            invalid(employees, rule.getMessage());
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success("Added " + employees.getValue() + " employees as of " + Formats.date(asOf.getValue())
                + ".");
        employees.clear();
        source.clear();
        refresh();
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** A business has one count a year or so, so its history is listed whole. */
    private void refresh() {
        List<EmployeeCount> history = businesses.employeeHistory(business.getId());
        current.setText(history.isEmpty() ? "No employee count yet." : "Current: " + history.getFirst().getEmployees()
                + " employees (as of " + Formats.date(history.getFirst().getAsOf()) + ").");
        grid.setItems(history);
    }
}
