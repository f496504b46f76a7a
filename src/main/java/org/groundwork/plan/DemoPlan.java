package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.RunAsSystem;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's program plan: a founding plan three years back and one revision eighteen months
 * later, through the real service; then three years of history that drifts from it (see {@link DemoDriftHistory}).
 */
@Component
@Profile("demo")
@Order(60)
@RequiredArgsConstructor
class DemoPlan implements ApplicationRunner {

    private final ProgramPlanService plans;
    private final DemoDriftHistory history;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        RunAsSystem.run(() -> {
            if (plans.latest().isEmpty()) {
                LocalDate start = DatePeriod.quarterOf(LocalDate.now(clock).minusYears(3)).from();
                plans.revise(founding(start));
                plans.revise(revision(start.plusMonths(18)));
                history.seed(start, LocalDate.now(clock));
            }
        });
    }

    private PlanDraft founding(LocalDate start) {
        PlanDraft draft = new PlanDraft();
        draft.setProgramStart(start);
        draft.setMission("Keep the jobs our county already has and help local firms grow here rather than elsewhere.");
        draft.setGoals("Visit every tier A business each year. Turn what we hear into help within 30 days. "
                + "Work with our partners on the workforce shortage manufacturers report.");
        draft.setFocusAreas("Advanced manufacturing; health care; succession in family-owned firms");
        shares(draft, Dimension.TIME, Map.of("VISITS", "45", "FOLLOW_UP", "15", "ISSUE_WORK", "10",
                "STAKEHOLDER_MEETINGS", "10", "EVENTS", "5", "ADMIN", "15"));
        shares(draft, Dimension.SECTORS, Map.of("MANUFACTURING", "35", "HEALTH_CARE", "15",
                "PROFESSIONAL_SERVICES", "15", "TRANSPORTATION", "15", "CONSTRUCTION", "10", "RETAIL", "10"));
        shares(draft, Dimension.TIERS, Map.of("A", "40", "B", "35", "C", "20", Categories.NONE, "5"));
        for (int year = start.getYear(); year <= start.getYear() + 3; year++) {
            targets(draft, year);
        }
        return draft;
    }

    private PlanDraft revision(LocalDate from) {
        PlanDraft draft = plans.nextDraft();
        draft.setEffectiveFrom(from);
        draft.setReason("The board asked for more time on the workforce issue with the college and the chamber.");
        draft.setShare(Dimension.TIME, "VISITS", new BigDecimal("40"));
        draft.setShare(Dimension.TIME, "ISSUE_WORK", new BigDecimal("15"));
        return draft;
    }

    private static void shares(PlanDraft draft, Dimension dimension, Map<String, String> percents) {
        percents.forEach((category, percent) -> draft.setShare(dimension, category, new BigDecimal(percent)));
    }

    private static void targets(PlanDraft draft, int year) {
        Map.of(Kpi.VISITS, "300", Kpi.BUSINESSES_REACHED, "220", Kpi.KEY_COMPANIES_VISITED, "80",
                Kpi.JOBS_RETAINED, "300", Kpi.JOBS_CREATED, "120", Kpi.CAPITAL_INVESTMENT, "5000000",
                Kpi.FLAGS_RESOLVED_ON_TIME, "85", Kpi.FOLLOW_UPS_ON_TIME, "90", Kpi.MEDIAN_SATISFACTION, "4")
                .forEach((kpi, target) -> draft.setTarget(year, kpi, new BigDecimal(target)));
    }
}
