package org.groundwork.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Time to record on a business or an issue, as the timesheet's form fills it in. The form and
 * {@link TimeEntryService#addLinked} check the same constraints; the service adds the rules that need the
 * database (the business and the issue exist, the day's hours fit in a day).
 */
public class LinkedTimeDraft {

    @NotNull(message = "Choose the day.")
    private LocalDate day;

    @NotNull(message = "Choose what the time was spent on.")
    private Activity activity;

    @NotNull(message = "Enter the hours.")
    @DecimalMin(value = "0", inclusive = false, message = "Enter more than 0 hours.")
    @DecimalMax(value = "24", message = "A day has 24 hours at most.")
    @Digits(integer = 2, fraction = 2, message = "Enter hours with at most two decimals, e.g. 1.25.")
    private BigDecimal hours;

    private Long businessId;

    private Long issueId;

    @Size(max = 500, message = "Keep the note to 500 characters.")
    private String note;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public void setIssueId(Long issueId) {
        this.issueId = issueId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
