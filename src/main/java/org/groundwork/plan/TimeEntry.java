package org.groundwork.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/**
 * Time a staff member spent on one activity on one day, optionally on one business or one issue (ids from the
 * business and issue modules). Never {@link Activity#VISITS}: visits record their own hours.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends AbstractEntity {

    @Column(name = "staff_id", nullable = false, updatable = false)
    private Long staffId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Activity activity;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "business_id")
    private Long businessId;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(length = 500)
    private String note;

    protected TimeEntry() {
    }

    TimeEntry(Long staffId, LocalDate entryDate, Activity activity, BigDecimal hours) {
        this.staffId = staffId;
        this.entryDate = entryDate;
        this.activity = activity;
        this.hours = hours;
    }

    public Long getStaffId() {
        return staffId;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public Activity getActivity() {
        return activity;
    }

    public BigDecimal getHours() {
        return hours;
    }

    void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getNote() {
        return note;
    }

    void linkTo(Long business, Long issue, String text) {
        this.businessId = business;
        this.issueId = issue;
        this.note = Texts.trimmed(text);
    }

    /** A grid cell's entry: the plain hours of an activity on a day, naming no business or issue. */
    boolean isPlain() {
        return businessId == null && issueId == null;
    }
}
