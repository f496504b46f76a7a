package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Test helper: the suite shares one database, so every plan test builds on whatever plan is there. The founding
 * plan, when a test has to write it, starts in 2010 so periods of 2011 have a plan in force.
 */
@Component
public class PlanFixtures {

    public static final LocalDate PROGRAM_START = LocalDate.of(2010, 1, 1);

    private final ProgramPlanService plans;

    PlanFixtures(ProgramPlanService plans) {
        this.plans = plans;
    }

    /** Writes the founding plan unless a plan exists already (signed in as director). */
    public void ensurePlan() {
        if (plans.latest().isEmpty()) {
            plans.revise(validDraft());
        }
    }

    /** A complete, valid draft: the next revision, effective the day after the newest one (signed in as director). */
    public PlanDraft validDraft() {
        PlanDraft draft = plans.nextDraft();
        if (draft.isFounding()) {
            draft.setProgramStart(PROGRAM_START);
            draft.setMission("Keep and grow the jobs our community already has.");
        } else {
            draft.setEffectiveFrom(plans.latest().orElseThrow().getEffectiveFrom().plusDays(1));
            draft.setReason("Fire-fighting took over; we plan for it");
        }
        Map.of("VISITS", "40", "FOLLOW_UP", "20", "ISSUE_WORK", "10", "STAKEHOLDER_MEETINGS", "10", "EVENTS", "5",
                "ADMIN", "15").forEach((activity, percent) -> draft.setShare(Dimension.TIME, activity,
                new BigDecimal(percent)));
        draft.setShare(Dimension.TIME, "OTHER", null);
        Categories.of(Dimension.SECTORS).forEach(sector -> draft.setShare(Dimension.SECTORS, sector, null));
        draft.setShare(Dimension.SECTORS, "MANUFACTURING", new BigDecimal("60"));
        draft.setShare(Dimension.SECTORS, "RETAIL", new BigDecimal("40"));
        Categories.of(Dimension.TIERS).forEach(tier -> draft.setShare(Dimension.TIERS, tier, null));
        draft.setShare(Dimension.TIERS, "A", new BigDecimal("50"));
        draft.setShare(Dimension.TIERS, "B", new BigDecimal("50"));
        draft.setTarget(2011, Kpi.VISITS, new BigDecimal("365"));
        draft.setTarget(2011, Kpi.JOBS_RETAINED, new BigDecimal("730"));
        return draft;
    }
}
