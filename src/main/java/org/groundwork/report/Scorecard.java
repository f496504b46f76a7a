package org.groundwork.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.groundwork.base.AbstractEntity;

/**
 * A published quarterly scorecard: a frozen snapshot of the chosen measures, never recomputed. A correction is a
 * new edition of the same quarter that says what changed. Only who it is shared with and its public link change.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard extends AbstractEntity {

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    /** 1 for the first publication of the quarter, 2 for its first correction, and so on. */
    @Column(nullable = false)
    private int edition;

    @Column(name = "correction_note", length = 2000)
    private String correctionNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 150)
    private String publishedBy;

    @Column(name = "data_as_of", nullable = false, length = 40)
    private String dataAsOf;

    /** The secret in the public link; null when the scorecard is not public. */
    @Column(name = "public_token", length = 64)
    private String publicToken;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_figure", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    private List<ScorecardFigure> figures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_share", joinColumns = @JoinColumn(name = "scorecard_id"))
    @Column(name = "organization_id", nullable = false)
    private Set<Long> sharedWith = new LinkedHashSet<>();

    protected Scorecard() {
    }

    Scorecard(int year, int quarter, int edition, String correctionNote, Instant publishedAt, String publishedBy,
              String dataAsOf, List<ScorecardFigure> figures) {
        this.year = year;
        this.quarter = quarter;
        this.edition = edition;
        this.correctionNote = correctionNote;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.dataAsOf = dataAsOf;
        this.figures = new ArrayList<>(figures);
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public Period period() {
        return Period.quarter(year, quarter);
    }

    public String title() {
        return "Scorecard Q" + quarter + " " + year + (edition > 1 ? ", correction " + (edition - 1) : "");
    }

    public int getEdition() {
        return edition;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getDataAsOf() {
        return dataAsOf;
    }

    public String getPublicToken() {
        return publicToken;
    }

    void setPublicToken(String publicToken) {
        this.publicToken = publicToken;
    }

    public List<ScorecardFigure> getFigures() {
        return List.copyOf(figures);
    }

    public Set<Long> getSharedWith() {
        return Set.copyOf(sharedWith);
    }

    void shareWith(Set<Long> organizationIds) {
        sharedWith.clear();
        sharedWith.addAll(organizationIds);
    }
}
