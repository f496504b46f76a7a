package org.groundwork.visit.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;
import org.groundwork.business.Business;
import org.groundwork.stakeholder.PartnerOrganization;

/**
 * An action owed to a business. Exactly one owner: a staff member (a user id from the security module) or a
 * partner organization; {@link FollowUpService} enforces that, and that closing it records an outcome.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @NotBlank(message = "Say what needs to be done.")
    @Size(max = 500, message = "Keep it under 500 characters; put details in the outcome later.")
    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "owner_staff_id")
    private Long ownerStaffId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organization_id")
    private PartnerOrganization ownerOrganization;

    @NotNull(message = "Choose when it's due.")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Size(max = 2000, message = "Keep the outcome under 2,000 characters.")
    @Column(length = 2000)
    private String outcome;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "flag_id")
    private Long flagId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected FollowUp() {
    }

    /** A new follow-up for a business; {@code visitId} or {@code flagId} say where it came from (or are null). */
    public FollowUp(Business business, Long visitId, Long flagId) {
        this.business = business;
        this.visitId = visitId;
        this.flagId = flagId;
    }

    void requested(Instant at) {
        this.requestedAt = at;
        this.status = FollowUpStatus.OPEN;
    }

    void acknowledge(Instant at) {
        this.status = FollowUpStatus.ACKNOWLEDGED;
        this.acknowledgedAt = at;
    }

    void close(FollowUpStatus closedAs, String outcome, Instant at) {
        this.status = closedAs;
        this.outcome = outcome;
        this.closedAt = at;
    }

    void moveTo(Business survivor) {
        this.business = survivor;
    }

    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueDate != null && dueDate.isBefore(today);
    }

    public Business getBusiness() {
        return business;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Texts.trimmed(description);
    }

    public Long getOwnerStaffId() {
        return ownerStaffId;
    }

    public void setOwnerStaffId(Long ownerStaffId) {
        this.ownerStaffId = ownerStaffId;
    }

    public PartnerOrganization getOwnerOrganization() {
        return ownerOrganization;
    }

    public void setOwnerOrganization(PartnerOrganization ownerOrganization) {
        this.ownerOrganization = ownerOrganization;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getFlagId() {
        return flagId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
