package org.groundwork.business.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.groundwork.base.Texts;

/** What a person enters to add an employee count (the binder reads its properties, so it is a public bean). */
public class NewEmployeeCount {

    @NotNull(message = "Enter the date the count is from.")
    private LocalDate asOf;
    @NotNull(message = "Enter the number of employees.")
    @PositiveOrZero(message = "Employees can't be negative.")
    private Integer employees;
    private String source = "";

    NewEmployeeCount() {
    }

    NewEmployeeCount(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** The source as stored: trimmed, and null when none was given. */
    String sourceOrNull() {
        return Texts.trimmed(source);
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
