package org.groundwork.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.groundwork.base.AbstractEntity;

/**
 * One dated employee count: the history from which reports compute jobs gained and lost. The latest entry is
 * the business's current count.
 */
@Entity
@Table(name = "employee_count")
public class EmployeeCount extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @NotNull(message = "Enter the date the count is from.")
    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @NotNull(message = "Enter the number of employees.")
    @Min(value = 0, message = "Employees can't be negative.")
    @Column(nullable = false)
    private Integer employees;

    /** Where the figure came from: "visit", "import", "phone call", … */
    @Size(max = 100, message = "Keep the source under 100 characters.")
    @Column(length = 100)
    private String source;

    protected EmployeeCount() {
    }

    public EmployeeCount(Business business, LocalDate asOf, Integer employees, String source) {
        this.business = business;
        this.asOf = asOf;
        this.employees = employees;
        this.source = source;
    }

    public Business getBusiness() {
        return business;
    }

    void moveTo(Business survivor) {
        this.business = survivor;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Integer getEmployees() {
        return employees;
    }

    public String getSource() {
        return source;
    }
}
