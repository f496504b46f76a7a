package org.groundwork.visit.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.groundwork.base.AbstractEntity;

/** A day the office is closed; business-day standards skip it as they skip weekends. */
@Entity
@Table(name = "holiday")
public class Holiday extends AbstractEntity {

    @NotNull(message = "Choose the date.")
    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @NotBlank(message = "Name the holiday.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    @Column(nullable = false, length = 100)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name) {
        this.date = date;
        this.name = name == null ? null : name.trim();
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
