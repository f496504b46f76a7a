package org.groundwork.visit.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/** A promise about how fast the program responds, e.g. "acknowledge a request within 2 business days". */
@Entity
@Table(name = "service_standard")
public class ServiceStandard extends AbstractEntity {

    @NotBlank(message = "Give the standard a name.")
    @Size(max = 150, message = "Keep the name under 150 characters.")
    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @NotNull(message = "Choose what the standard measures.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Measure measure;

    @NotNull(message = "Enter the number of days.")
    @Min(value = 0, message = "Days can't be negative.")
    @Max(value = 365, message = "Keep it within a year (365 days).")
    @Column(nullable = false)
    private Integer days;

    @NotNull(message = "Choose calendar or business days.")
    @Enumerated(EnumType.STRING)
    @Column(name = "day_kind", nullable = false, length = 10)
    private DayKind dayKind = DayKind.CALENDAR;

    @Column(nullable = false)
    private boolean enabled = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimmed(name);
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public DayKind getDayKind() {
        return dayKind;
    }

    public void setDayKind(DayKind dayKind) {
        this.dayKind = dayKind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** "within 2 business days". */
    public String describeLimit() {
        return "within " + days + " " + dayKind.label().toLowerCase().replace("days", days == 1 ? "day" : "days");
    }
}
