package org.groundwork.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;
import org.groundwork.business.Business;
import org.groundwork.visit.interview.InterviewTemplate;

/**
 * A visit to a business, or a lighter interaction (a call, an email, an event: {@code interaction} is true and
 * there is no interview). Staff and partner organizations are ids from the security and stakeholder modules.
 */
@Entity
@Table(name = "visit")
public class Visit extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private InterviewTemplate template;

    @NotNull(message = "Choose the date.")
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @NotNull(message = "Choose how you meet them.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitChannel channel = VisitChannel.ON_SITE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(nullable = false)
    private boolean interaction;

    @NotNull(message = "Choose who leads the visit.")
    @Column(name = "lead_staff_id", nullable = false)
    private Long leadStaffId;

    @ElementCollection
    @CollectionTable(name = "visit_staff", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> staffIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "visit_organization", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "organization_id", nullable = false)
    private Set<Long> organizationIds = new LinkedHashSet<>();

    @Size(max = 500, message = "Keep the purpose under 500 characters.")
    @Column(length = 500)
    private String purpose;

    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    @Column(length = 4000)
    private String notes;

    @Size(max = 4000, message = "Keep the next steps under 4,000 characters.")
    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    @DecimalMin(value = "0", message = "The duration can't be negative.")
    @DecimalMax(value = "999", message = "Enter the duration in hours, under 1,000.")
    @Column(name = "duration_hours", precision = 5, scale = 2)
    private BigDecimal durationHours;

    @Min(value = 1, message = "Rate from 1 to 5.")
    @Max(value = 5, message = "Rate from 1 to 5.")
    @Column
    private Integer satisfaction;

    @Size(max = 1000, message = "Keep the comment under 1,000 characters.")
    @Column(name = "satisfaction_comment", length = 1000)
    private String satisfactionComment;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Visit() {
    }

    Visit(Business business, InterviewTemplate template, boolean interaction) {
        this.business = business;
        this.template = template;
        this.interaction = interaction;
    }

    public boolean isOpen() {
        return status == VisitStatus.PLANNED;
    }

    void complete(Instant at) {
        status = VisitStatus.COMPLETED;
        completedAt = at;
    }

    void cancel(Instant at, String reason) {
        status = VisitStatus.CANCELLED;
        cancelledAt = at;
        cancelReason = Texts.trimmed(reason);
    }

    void moveTo(Business survivor) {
        business = survivor;
    }

    void useTemplate(InterviewTemplate newer) {
        template = newer;
    }

    public Business getBusiness() {
        return business;
    }

    public InterviewTemplate getTemplate() {
        return template;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public VisitChannel getChannel() {
        return channel;
    }

    public void setChannel(VisitChannel channel) {
        this.channel = channel;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public boolean isInteraction() {
        return interaction;
    }

    public Long getLeadStaffId() {
        return leadStaffId;
    }

    public void setLeadStaffId(Long leadStaffId) {
        this.leadStaffId = leadStaffId;
    }

    public Set<Long> getStaffIds() {
        return staffIds;
    }

    public void setStaffIds(Set<Long> ids) {
        replaceInPlace(staffIds, ids);
    }

    public Set<Long> getOrganizationIds() {
        return organizationIds;
    }

    public void setOrganizationIds(Set<Long> ids) {
        replaceInPlace(organizationIds, ids);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = Texts.trimmed(purpose);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Texts.trimmed(notes);
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = Texts.trimmed(nextSteps);
    }

    public BigDecimal getDurationHours() {
        return durationHours;
    }

    public void setDurationHours(BigDecimal durationHours) {
        this.durationHours = durationHours;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getSatisfactionComment() {
        return satisfactionComment;
    }

    public void setSatisfactionComment(String satisfactionComment) {
        this.satisfactionComment = Texts.trimmed(satisfactionComment);
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
