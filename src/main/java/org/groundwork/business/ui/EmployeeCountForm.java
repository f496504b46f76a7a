package org.groundwork.business.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;

/** One dated employee count; a buffered binder checks the entries before the service does. */
class EmployeeCountForm extends Composite<FormLayout> {

    final DatePicker asOf = new DatePicker("As of");
    final IntegerField employees = new IntegerField("Employees");
    final TextField source = new TextField("Source");
    private final BeanValidationBinder<NewEmployeeCount> binder = new BeanValidationBinder<>(NewEmployeeCount.class);

    EmployeeCountForm(LocalDate today) {
        asOf.setMax(today);
        asOf.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage("A count can't be from the future."));
        employees.setMin(0);
        employees.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage("Employees can't be negative."));
        source.setPlaceholder("visit, phone call, annual report …");
        getContent().add(asOf, employees, source);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 3));
        binder.bindInstanceFields(this);
        binder.readBean(new NewEmployeeCount(today));
    }

    /** The entries, or empty with the problems shown on the fields. */
    Optional<NewEmployeeCount> entries() {
        NewEmployeeCount entries = new NewEmployeeCount();
        return binder.writeBeanIfValid(entries) ? Optional.of(entries) : Optional.empty();
    }

    /** Ready for the next count: the date stays, as counts are often entered in a row for one date. */
    void next() {
        binder.readBean(new NewEmployeeCount(asOf.getValue()));
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("employees", employees));
    }
}
