package org.groundwork.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan being written in the editor: the founding plan, or the next revision pre-filled from the one in force.
 * Saving it never changes an existing revision; {@link ProgramPlanService#revise} stores it as a new one.
 */
public class PlanDraft {

    @NotNull(message = "Say when the program started.")
    private LocalDate programStart;

    @NotNull(message = "Say from when this plan applies.")
    private LocalDate effectiveFrom;

    @NotBlank(message = "Say why the plan changes: your board will ask.")
    @Size(max = 1000, message = "Keep the reason under 1,000 characters.")
    private String reason;

    @NotBlank(message = "Describe the program's mission in a sentence or two.")
    @Size(max = 2000, message = "Keep the mission under 2,000 characters.")
    private String mission;

    @Size(max = 4000, message = "Keep the goals under 4,000 characters.")
    private String goals;

    @Size(max = 2000, message = "Keep the focus areas under 2,000 characters.")
    private String focusAreas;

    /** The revision this draft was copied from; null for the founding plan. */
    private Integer basedOn;

    private final Map<Dimension, Map<String, BigDecimal>> shares = new EnumMap<>(Dimension.class);
    private final Map<Integer, Map<Kpi, BigDecimal>> targets = new TreeMap<>();
    private final Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);

    public PlanDraft() {
        for (Dimension dimension : Dimension.values()) {
            weights.put(dimension, BigDecimal.ONE);
            if (dimension.isDistribution()) {
                shares.put(dimension, new LinkedHashMap<>());
            }
        }
    }

    /** The next revision, starting as a copy of this one. */
    public static PlanDraft from(PlanRevision revision) {
        PlanDraft draft = new PlanDraft();
        draft.basedOn = revision.getNumber();
        draft.programStart = revision.getProgramStart();
        draft.mission = revision.getMission();
        draft.goals = revision.getGoals();
        draft.focusAreas = revision.getFocusAreas();
        for (Dimension dimension : Dimension.values()) {
            draft.weights.put(dimension, revision.weights().get(dimension));
            if (dimension.isDistribution()) {
                draft.shares.get(dimension).putAll(revision.shares(dimension));
            }
        }
        revision.targetYears().forEach(year -> draft.targets.put(year, new EnumMap<>(revision.targets(year))));
        return draft;
    }

    public BigDecimal share(Dimension dimension, String category) {
        return shares.get(dimension).get(category);
    }

    public void setShare(Dimension dimension, String category, BigDecimal percent) {
        if (percent == null) {
            shares.get(dimension).remove(category);
        } else {
            shares.get(dimension).put(category, percent);
        }
    }

    public BigDecimal target(int year, Kpi kpi) {
        return targets.getOrDefault(year, Map.of()).get(kpi);
    }

    public void setTarget(int year, Kpi kpi, BigDecimal target) {
        if (target == null) {
            targets.getOrDefault(year, new EnumMap<>(Kpi.class)).remove(kpi);
        } else {
            targets.computeIfAbsent(year, y -> new EnumMap<>(Kpi.class)).put(kpi, target);
        }
    }

    public BigDecimal weight(Dimension dimension) {
        return weights.get(dimension);
    }

    public void setWeight(Dimension dimension, BigDecimal weight) {
        weights.put(dimension, weight);
    }

    /** The total of a distribution's shares, in percent. */
    public BigDecimal total(Dimension dimension) {
        return shares.get(dimension).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Map<Dimension, Map<String, BigDecimal>> shares() {
        return shares;
    }

    Map<Integer, Map<Kpi, BigDecimal>> targets() {
        return targets;
    }

    public Integer getBasedOn() {
        return basedOn;
    }

    public boolean isFounding() {
        return basedOn == null;
    }

    public LocalDate getProgramStart() {
        return programStart;
    }

    public void setProgramStart(LocalDate programStart) {
        this.programStart = programStart;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(String focusAreas) {
        this.focusAreas = focusAreas;
    }
}
