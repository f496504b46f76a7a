package org.groundwork.visit.flag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.groundwork.base.Texts;
import org.groundwork.business.Business;

/**
 * A warning about one business. Open flags are counted onto the business (its risk level) by {@link FlagService}
 * whenever one is raised, resolved or moved, so grids can show risk without joining the flags.
 */
@Entity
@Table(name = "flag")
public class Flag extends FlagWarning {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", nullable = false)
    private Business business;

    @Size(max = 2000, message = "Keep the note under 2,000 characters.")
    @Column(length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlagOrigin origin = FlagOrigin.MANUAL;

    @Column(name = "rule_id")
    private Long ruleId;

    @Column(name = "visit_id")
    private Long visitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlagStatus status = FlagStatus.OPEN;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    /** The person's name, or null when a rule raised it. */
    @Column(name = "raised_by", length = 150)
    private String raisedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 150)
    private String resolvedBy;

    @Size(max = 2000, message = "Keep the note under 2,000 characters.")
    @Column(name = "resolution_note", length = 2000)
    private String resolutionNote;

    protected Flag() {
    }

    Flag(Business business, FlagColour colour, String message, FlagOrigin origin) {
        super(colour, message);
        this.business = business;
        this.origin = origin;
    }

    /** A blank flag for a person to fill in ({@link FlagService#raise} sets who and when). */
    public static Flag draft(Business business) {
        return new Flag(business, FlagColour.YELLOW, null, FlagOrigin.MANUAL);
    }

    void raised(Instant at, String by, Long ruleId, Long visitId) {
        this.raisedAt = at;
        this.raisedBy = by;
        this.ruleId = ruleId;
        this.visitId = visitId;
        this.status = FlagStatus.OPEN;
    }

    void resolve(Instant at, String by, String note) {
        this.status = FlagStatus.RESOLVED;
        this.resolvedAt = at;
        this.resolvedBy = by;
        this.resolutionNote = note;
    }

    void moveTo(Business survivor) {
        this.business = survivor;
    }

    public boolean isOpen() {
        return status == FlagStatus.OPEN;
    }

    public Business getBusiness() {
        return business;
    }

    @Override
    @NotBlank(message = "Say in a few words what the warning is.")
    public String getMessage() {
        return super.getMessage();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Texts.trimmed(note);
    }

    public FlagOrigin getOrigin() {
        return origin;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public FlagStatus getStatus() {
        return status;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    /** Who or what raised it, for lists. */
    public String raisedByLabel() {
        return origin == FlagOrigin.RULE ? "Flag rule (visit)" : raisedBy;
    }
}
