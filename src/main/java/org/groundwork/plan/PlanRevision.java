package org.groundwork.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.groundwork.base.AbstractEntity;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One revision of the program plan, written once and never changed: a changed plan is a new revision with its
 * own effective date, author and reason, so the founding plan stays the baseline drift is measured against.
 * Revision 1 is the founding plan. Shares are percentages; KPI targets are per calendar year.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision extends AbstractEntity {

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 150, updatable = false)
    private String author;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "program_start", nullable = false, updatable = false)
    private LocalDate programStart;

    @Column(nullable = false, length = 2000, updatable = false)
    private String mission;

    @Column(length = 4000, updatable = false)
    private String goals;

    @Column(name = "focus_areas", length = 2000, updatable = false)
    private String focusAreas;

    @Column(name = "weight_time", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal weightTime;

    @Column(name = "weight_sectors", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal weightSectors;

    @Column(name = "weight_tiers", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal weightTiers;

    @Column(name = "weight_kpis", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal weightKpis;

    // Every read of the plan takes every revision; by subselect, their shares (and targets) are one query, not one
    // per revision.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_share", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<PlanShare> shares = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_kpi_target", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<KpiTarget> targets = new LinkedHashSet<>();

    protected PlanRevision() {
    }

    PlanRevision(int number, String author, PlanDraft draft) {
        this.number = number;
        this.author = author;
        this.effectiveFrom = draft.getEffectiveFrom();
        this.reason = draft.getReason().trim();
        this.programStart = draft.getProgramStart();
        this.mission = draft.getMission().trim();
        this.goals = draft.getGoals();
        this.focusAreas = draft.getFocusAreas();
        this.weightTime = draft.weight(Dimension.TIME);
        this.weightSectors = draft.weight(Dimension.SECTORS);
        this.weightTiers = draft.weight(Dimension.TIERS);
        this.weightKpis = draft.weight(Dimension.KPIS);
        draft.shares().forEach((dimension, byCategory) -> byCategory.forEach((category, percent) -> {
            if (percent.signum() > 0) {
                shares.add(new PlanShare(dimension, category, percent));
            }
        }));
        draft.targets().forEach((year, byKpi) -> byKpi.forEach((kpi, target) ->
                targets.add(new KpiTarget(year, kpi, target))));
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getProgramStart() {
        return programStart;
    }

    public String getMission() {
        return mission;
    }

    public String getGoals() {
        return goals;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public boolean isFounding() {
        return number == 1;
    }

    /** Planned percentages of one distribution, by category key (an activity, sector or tier name). */
    public Map<String, BigDecimal> shares(Dimension dimension) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        shares.stream().filter(share -> share.dimension() == dimension)
                .forEach(share -> result.put(share.category(), share.percent()));
        return result;
    }

    /** The target of a KPI for a calendar year, if the plan sets one. */
    public Optional<BigDecimal> target(int year, Kpi kpi) {
        return targets.stream().filter(t -> t.year() == year && t.kpi() == kpi).map(KpiTarget::target).findFirst();
    }

    /** Every KPI target for a calendar year. */
    public Map<Kpi, BigDecimal> targets(int year) {
        Map<Kpi, BigDecimal> result = new EnumMap<>(Kpi.class);
        targets.stream().filter(t -> t.year() == year).forEach(t -> result.put(t.kpi(), t.target()));
        return result;
    }

    public Set<Integer> targetYears() {
        Set<Integer> years = new TreeSet<>();
        targets.forEach(t -> years.add(t.year()));
        return years;
    }

    public Map<Dimension, BigDecimal> weights() {
        Map<Dimension, BigDecimal> result = new EnumMap<>(Dimension.class);
        result.put(Dimension.TIME, weightTime);
        result.put(Dimension.SECTORS, weightSectors);
        result.put(Dimension.TIERS, weightTiers);
        result.put(Dimension.KPIS, weightKpis);
        return result;
    }
}
