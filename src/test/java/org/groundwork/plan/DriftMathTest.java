package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drift arithmetic against examples worked out by hand. */
class DriftMathTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    @Test
    void distanceIsHalfTheSumOfTheShareDifferences() {
        // ½ (|0.8 − 0.5| + |0.2 − 0.5|) = 0.3
        assertThat(DriftMath.distance(Map.of("A", .5, "B", .5), Map.of("A", .8, "B", .2))).isCloseTo(.3, within(1e-9));
        assertThat(DriftMath.distance(Map.of("A", 1.0), Map.of("A", 1.0))).isZero();
        assertThat(DriftMath.distance(Map.of("A", 1.0), Map.of("B", 1.0))).isEqualTo(1.0);
    }

    @Test
    void aCategoryOnlyInThePlanCountsAsZeroInTheActual() {
        // B planned 0.4, got nothing: ½ (|1 − 0.6| + |0 − 0.4|) = 0.4
        assertThat(DriftMath.distance(Map.of("A", .6, "B", .4), Map.of("A", 1.0))).isCloseTo(.4, within(1e-9));
    }

    @Test
    void aCategoryOnlyInTheActualCountsAsZeroInThePlan() {
        // C unplanned took 0.3: ½ (|0.7 − 1| + |0.3 − 0|) = 0.3
        assertThat(DriftMath.distance(Map.of("A", 1.0), Map.of("A", .7, "C", .3))).isCloseTo(.3, within(1e-9));
    }

    @Test
    void anEmptyPeriodHasNoFigureAndIsLeftOutOfTheIndex() {
        assertThat(DriftMath.fractions(Map.of())).isEmpty();
        assertThat(DriftMath.fractions(Map.of("A", 0))).isEmpty();
        assertThat(DriftMath.distance(Map.of("A", 1.0), Map.of())).isNull();
        Map<Dimension, Double> drifts = new EnumMap<>(Dimension.class);
        drifts.put(Dimension.TIME, null);
        drifts.put(Dimension.SECTORS, .2);
        drifts.put(Dimension.TIERS, .4);
        drifts.put(Dimension.KPIS, null);
        assertThat(DriftMath.index(drifts, equalWeights())).isCloseTo(.3, within(1e-9));
        assertThat(DriftMath.index(Map.of(Dimension.TIME, .5), Map.of(Dimension.TIME, BigDecimal.ZERO))).isNull();
    }

    @Test
    void theIndexWeighsTheDimensions() {
        // (3 × 0.2 + 1 × 0.6) / 4 = 0.3
        Map<Dimension, BigDecimal> weights = Map.of(Dimension.TIME, new BigDecimal("3"), Dimension.KPIS, BigDecimal.ONE);
        assertThat(DriftMath.index(Map.of(Dimension.TIME, .2, Dimension.KPIS, .6), weights)).isCloseTo(.3, within(1e-9));
    }

    @Test
    void aRevisionMidPeriodBlendsThePlansByDays() {
        PlanRevision founding = revision(1, JAN_1, Map.of("VISITS", "80", "ADMIN", "20"), 366, "60");
        PlanRevision revised = revision(2, JAN_1.plusDays(10), Map.of("VISITS", "50", "ADMIN", "50"), 732, "80");
        List<PlanSegment> segments = ProgramPlanService.segments(List.of(founding, revised),
                new DatePeriod(JAN_1, LocalDate.of(2024, 1, 20)));
        assertThat(segments).extracting(s -> s.period().days()).containsExactly(10L, 10L);
        // 10 days at 20% and 10 days at 50% admin: 35%
        Map<String, Double> mix = DriftMath.plannedMix(segments, Dimension.TIME);
        assertThat(mix.get("ADMIN")).isCloseTo(.35, within(1e-9));
        assertThat(mix.get("VISITS")).isCloseTo(.65, within(1e-9));
        // 10 days of 366 visits a year (1 a day) and 10 days of 732 a year (2 a day): 30 visits expected
        assertThat(DriftMath.target(segments, Kpi.VISITS).doubleValue()).isCloseTo(30, within(1e-9));
        // a rate is not prorated: 10 days at 60% and 10 at 80% average to 70%
        assertThat(DriftMath.target(segments, Kpi.KEY_COMPANIES_VISITED).doubleValue()).isCloseTo(70, within(1e-9));
    }

    @Test
    void aPeriodAcrossNewYearProratesEachYearsTarget() {
        PlanDraft draft = draft(LocalDate.of(2023, 1, 1), Map.of("VISITS", "100"));
        draft.setTarget(2023, Kpi.JOBS_RETAINED, new BigDecimal("365"));
        draft.setTarget(2024, Kpi.JOBS_RETAINED, new BigDecimal("732"));
        PlanRevision plan = new PlanRevision(1, "Director", draft);
        List<PlanSegment> segments = ProgramPlanService.segments(List.of(plan),
                new DatePeriod(LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 10)));
        // 10 days of 2023 at 1 a day, 10 days of 2024 at 2 a day
        assertThat(DriftMath.target(segments, Kpi.JOBS_RETAINED).doubleValue()).isCloseTo(30, within(1e-9));
        assertThat(DriftMath.target(segments, Kpi.JOBS_CREATED)).isNull();
    }

    @Test
    void daysBeforeTheFoundingPlanHaveNoPlan() {
        PlanRevision founding = revision(1, JAN_1, Map.of("VISITS", "100"), 366, "60");
        assertThat(ProgramPlanService.segments(List.of(founding), DatePeriod.year(2023))).isEmpty();
        assertThat(ProgramPlanService.segments(List.of(founding),
                new DatePeriod(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 5))))
                .extracting(PlanSegment::period).containsExactly(new DatePeriod(JAN_1, LocalDate.of(2024, 1, 5)));
    }

    @Test
    void aZeroTargetHasNoAttainmentAndIsLeftOutOfTheKpiDrift() {
        assertThat(DriftMath.attainment(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(DriftMath.attainment(new BigDecimal("140"), new BigDecimal("300"))).isCloseTo(140 / 300d,
                within(1e-9));
        // shortfalls 0.5 and 0 (exceeding counts as on target); the zero target is ignored
        assertThat(DriftMath.kpiDrift(java.util.Arrays.asList(.5, 1.2, null))).isCloseTo(.25, within(1e-9));
        assertThat(DriftMath.kpiDrift(java.util.Arrays.asList((Double) null))).isNull();
    }

    @Test
    void theMedianRatingComesFromTheCountsPerRating() {
        assertThat(DriftMath.median(Map.of(3, 1L, 4, 2L, 5, 1L))).isEqualByComparingTo("4");
        assertThat(DriftMath.median(Map.of(2, 1L, 4, 1L))).isEqualByComparingTo("3");
        assertThat(DriftMath.median(Map.of(5, 3L))).isEqualByComparingTo("5");
        assertThat(DriftMath.median(new HashMap<>())).isNull();
    }

    @Test
    void sentencesNameTheLargestGapsPlainly() {
        PlanRevision plan = revision(1, JAN_1, Map.of("VISITS", "85", "ADMIN", "15"), 366, "60");
        DatePeriod period = new DatePeriod(JAN_1, LocalDate.of(2024, 12, 31));
        Map<Dimension, Map<String, Double>> amounts = Map.of(Dimension.TIME, Map.of("VISITS", 59d, "ADMIN", 41d));
        DriftReport report = DriftAssembler.assemble(period, List.of(new PlanSegment(plan, period)), amounts,
                Map.of(Kpi.JOBS_RETAINED, new BigDecimal("140")));
        assertThat(report.sentences()).contains("Admin and fire-fighting took 41% of staff time against 15% planned",
                "Jobs retained: 140 of 300 expected by now (47%)");
        assertThat(report.distributions().get(Dimension.TIME).distance()).isCloseTo(.26, within(1e-9));
    }

    private static PlanRevision revision(int number, LocalDate from, Map<String, String> time, int visitsTarget,
                                         String keyShare) {
        PlanDraft draft = draft(from, time);
        draft.setTarget(from.getYear(), Kpi.VISITS, new BigDecimal(visitsTarget));
        draft.setTarget(from.getYear(), Kpi.KEY_COMPANIES_VISITED, new BigDecimal(keyShare));
        draft.setTarget(from.getYear(), Kpi.JOBS_RETAINED, new BigDecimal("300"));
        return new PlanRevision(number, "Director", draft);
    }

    private static PlanDraft draft(LocalDate from, Map<String, String> time) {
        PlanDraft draft = new PlanDraft();
        draft.setProgramStart(from);
        draft.setEffectiveFrom(from);
        draft.setReason("Test");
        draft.setMission("Keep jobs");
        time.forEach((activity, percent) -> draft.setShare(Dimension.TIME, activity, new BigDecimal(percent)));
        return draft;
    }

    private static Map<Dimension, BigDecimal> equalWeights() {
        Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            weights.put(dimension, BigDecimal.ONE);
        }
        return weights;
    }
}
