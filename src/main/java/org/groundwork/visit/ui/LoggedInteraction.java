package org.groundwork.visit.ui;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.groundwork.business.Business;
import org.groundwork.security.StaffMember;
import org.groundwork.visit.InteractionLog;
import org.groundwork.visit.VisitChannel;

/**
 * What a person enters to log a call, email or event (the binder reads its properties, so it is a public bean).
 * The messages are the service's and the visit's own; the form's date field refuses a future date with the
 * service's message, and the service checks it again against its clock.
 */
public class LoggedInteraction {

    @NotNull(message = "Choose the business.")
    private Business business;
    @NotNull(message = "Choose the kind of contact.")
    private VisitChannel channel = VisitChannel.PHONE;
    @NotNull(message = "Choose the date.")
    private LocalDate date;
    @NotNull(message = "Choose who was in touch.")
    private StaffMember staff;
    @NotBlank(message = "Add a short note on what was said.")
    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    private String notes = "";
    @DecimalMin(value = "0", message = "The duration can't be negative.")
    @DecimalMax(value = "999", message = "Enter the duration in hours, under 1,000.")
    private BigDecimal durationHours;

    InteractionLog toLog() {
        return new InteractionLog(business.getId(), date, channel, staff.id(), notes, durationHours);
    }

    public Business getBusiness() {
        return business;
    }

    public void setBusiness(Business business) {
        this.business = business;
    }

    public VisitChannel getChannel() {
        return channel;
    }

    public void setChannel(VisitChannel channel) {
        this.channel = channel;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public void setStaff(StaffMember staff) {
        this.staff = staff;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public BigDecimal getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(BigDecimal durationHours) {
        this.durationHours = durationHours;
    }
}
