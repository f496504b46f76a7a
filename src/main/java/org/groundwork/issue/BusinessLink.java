package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;

/** One business affected by a macro-issue, how badly, and the visit or flag that showed it. */
@Entity
@Table(name = "issue_business_link")
public class BusinessLink extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(name = "business_id", nullable = false)
    private Long businessId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity = Severity.MEDIUM;

    @Column(name = "source_visit_id")
    private Long sourceVisitId;

    @Column(name = "source_flag_id")
    private Long sourceFlagId;

    @Size(max = 1000, message = "Keep the note under 1,000 characters.")
    @Column(length = 1000)
    private String note;

    protected BusinessLink() {
    }

    BusinessLink(Long issueId, LinkRequest request) {
        this.issueId = issueId;
        this.businessId = request.businessId();
        this.severity = request.severity() == null ? Severity.MEDIUM : request.severity();
        this.sourceVisitId = request.sourceVisitId();
        this.sourceFlagId = request.sourceFlagId();
        this.note = request.note();
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getBusinessId() {
        return businessId;
    }

    public Severity getSeverity() {
        return severity;
    }

    void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Long getSourceVisitId() {
        return sourceVisitId;
    }

    public Long getSourceFlagId() {
        return sourceFlagId;
    }

    public String getNote() {
        return note;
    }
}
