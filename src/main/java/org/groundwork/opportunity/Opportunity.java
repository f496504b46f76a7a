package org.groundwork.opportunity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.groundwork.base.AbstractEntity;

/**
 * A chance to help one business grow. The stage changes only through {@link OpportunityService#move}, which
 * records who moved it and when; realized figures are set when it is won.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends AbstractEntity {

    @NotNull(message = "Choose the business.")
    @Column(name = "business_id", nullable = false)
    private Long businessId;

    @NotBlank(message = "Give the opportunity a short title.")
    @Size(max = 200, message = "Keep the title under 200 characters.")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Choose the kind of opportunity.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OpportunityType type = OpportunityType.EXPANSION;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpportunityStage stage = OpportunityStage.IDENTIFIED;

    @Min(value = 0, message = "New jobs can't be negative.")
    @Column(name = "projected_jobs")
    private Integer projectedJobs;

    @Min(value = 0, message = "Realized jobs can't be negative.")
    @Column(name = "realized_jobs")
    private Integer realizedJobs;

    @Min(value = 0, message = "Retained jobs can't be negative.")
    @Column(name = "retained_jobs")
    private Integer retainedJobs;

    @DecimalMin(value = "0", message = "Investment can't be negative.")
    @Digits(integer = 13, fraction = 2, message = "Enter an amount in dollars and cents.")
    @Column(name = "capital_investment", precision = 15, scale = 2)
    private BigDecimal capitalInvestment;

    @DecimalMin(value = "0", message = "Realized investment can't be negative.")
    @Digits(integer = 13, fraction = 2, message = "Enter an amount in dollars and cents.")
    @Column(name = "realized_investment", precision = 15, scale = 2)
    private BigDecimal realizedInvestment;

    @Column(name = "expected_date")
    private LocalDate expectedDate;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    /** The visit it came from, if any (an id from the visit module). */
    @Column(name = "source_visit_id")
    private Long sourceVisitId;

    @Size(max = 1000, message = "Keep the reason under 1,000 characters.")
    @Column(name = "outcome_reason", length = 1000)
    private String outcomeReason;

    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    @Column(length = 4000)
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opportunity_partner", joinColumns = @JoinColumn(name = "opportunity_id"))
    @Column(name = "organization_id", nullable = false)
    private Set<Long> partnerIds = new LinkedHashSet<>();

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.trim();
    }

    public OpportunityType getType() {
        return type;
    }

    public void setType(OpportunityType type) {
        this.type = type;
    }

    public OpportunityStage getStage() {
        return stage;
    }

    void setStage(OpportunityStage stage) {
        this.stage = stage;
    }

    public Integer getProjectedJobs() {
        return projectedJobs;
    }

    public void setProjectedJobs(Integer projectedJobs) {
        this.projectedJobs = projectedJobs;
    }

    public Integer getRealizedJobs() {
        return realizedJobs;
    }

    void setRealizedJobs(Integer realizedJobs) {
        this.realizedJobs = realizedJobs;
    }

    public Integer getRetainedJobs() {
        return retainedJobs;
    }

    public void setRetainedJobs(Integer retainedJobs) {
        this.retainedJobs = retainedJobs;
    }

    public BigDecimal getCapitalInvestment() {
        return capitalInvestment;
    }

    public void setCapitalInvestment(BigDecimal capitalInvestment) {
        this.capitalInvestment = capitalInvestment;
    }

    public BigDecimal getRealizedInvestment() {
        return realizedInvestment;
    }

    void setRealizedInvestment(BigDecimal realizedInvestment) {
        this.realizedInvestment = realizedInvestment;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public void setExpectedDate(LocalDate expectedDate) {
        this.expectedDate = expectedDate;
    }

    public LocalDate getActualDate() {
        return actualDate;
    }

    void setActualDate(LocalDate actualDate) {
        this.actualDate = actualDate;
    }

    public Long getSourceVisitId() {
        return sourceVisitId;
    }

    public void setSourceVisitId(Long sourceVisitId) {
        this.sourceVisitId = sourceVisitId;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    void setOutcomeReason(String outcomeReason) {
        this.outcomeReason = outcomeReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        replaceInPlace(this.partnerIds, partnerIds);
    }
}
