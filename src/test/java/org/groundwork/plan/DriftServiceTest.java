package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.TallyTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drift from the database's aggregates, on a day of 2011 nothing else in the suite touches. Visits are written
 * straight to the table (and the visit tally refreshed for their business): completing one through the services
 * needs a whole interview, beside the point here.
 */
class DriftServiceTest extends TallyTestBase {

    private static final LocalDate DAY = LocalDate.of(2011, 3, 14);

    @Autowired
    DriftService drift;
    @Autowired
    ProgramPlanService plans;
    @Autowired
    TimeEntryService time;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    GoalDriftReport report;

    private UserAccount worker;

    @BeforeEach
    void setUp() {
        accounts.signIn("drift-director", Role.DIRECTOR);
        if (plans.inForce(DAY).isEmpty()) {
            plans.revise(fixtures.validDraft());
        }
        worker = accounts.signIn("drift-worker", Role.STAFF);
    }

    @Test
    void aPeriodsActualsComeFromVisitsAndTimeEntries() {
        Business factory = visits.business("Drift Mill", "332710");
        Business shop = visits.business("Drift Shop", "445110");
        visits.keyCompany(factory, "A");
        visit(factory, DAY, "3", 4);
        visit(shop, DAY, "1", 5);
        visit(shop, DAY, null, null);
        WeekSheet week = time.week(worker.getId(), DAY);
        Map<Activity, Map<LocalDate, BigDecimal>> hours = WeekSheet.emptyHours();
        hours.get(Activity.ADMIN).put(DAY, new BigDecimal("4"));
        time.saveWeek(week, hours);

        DriftReport report = drift.drift(new DatePeriod(DAY, DAY));

        Map<String, Double> timeShares = shares(report, Dimension.TIME);
        // 4 visit hours and 4 admin hours
        assertThat(timeShares).containsOnlyKeys("VISITS", "ADMIN", "FOLLOW_UP", "ISSUE_WORK", "STAKEHOLDER_MEETINGS",
                "EVENTS");
        assertThat(timeShares.get("ADMIN")).isCloseTo(.5, within(1e-9));
        assertThat(shares(report, Dimension.SECTORS).get("RETAIL")).isCloseTo(2 / 3d, within(1e-9));
        assertThat(shares(report, Dimension.TIERS).get(Categories.NONE)).isCloseTo(2 / 3d, within(1e-9));
        KpiAttainment visits = kpi(report, Kpi.VISITS);
        assertThat(visits.actual()).isEqualByComparingTo("3");
        assertThat(kpi(report, Kpi.BUSINESSES_REACHED).actual()).isEqualByComparingTo("2");
        assertThat(kpi(report, Kpi.MEDIAN_SATISFACTION).actual()).isEqualByComparingTo("4.5");
        assertThat(report.index()).isNotNull().isBetween(0d, 1d);
        assertThat(drift.trend()).isNotEmpty().first().extracting(q -> q.quarter().from())
                .isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    void theBoardReportPrintsTheFiguresAndChartsOfThePeriod() throws IOException {
        Business shop = visits.business("Report Shop", "445110");
        LocalDate reportDay = DAY.plusMonths(3);
        visit(shop, reportDay, "2", 4);
        byte[] pdf = report.renderPdf(new DatePeriod(reportDay, reportDay));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf);
        assertThat(text).contains("Goal drift", "Staff time by activity", "Visits by sector", "Retail trade",
                "KPI attainment", "Drift index per quarter", "Q1 2010");
        assertThat(report.fileName(new DatePeriod(reportDay, reportDay)))
                .isEqualTo("goal-drift-2011-06-14-to-2011-06-14.pdf");
    }

    @Test
    void staffSeeProgramTotalsButNotSomeoneElsesWeekPartnersSeeNothing() {
        assertThat(drift.drift(DatePeriod.year(2011)).hasPlan()).isTrue();
        UserAccount other = accounts.ensure("drift-other", Role.STAFF);
        assertThatThrownBy(() -> time.week(other.getId(), DAY)).isInstanceOf(AccessDeniedException.class);
        accounts.signIn("drift-director", Role.DIRECTOR);
        assertThat(time.week(worker.getId(), DAY).staffId()).isEqualTo(worker.getId());
        WeekSheet theirs = time.week(worker.getId(), DAY);
        assertThatThrownBy(() -> time.saveWeek(theirs, WeekSheet.emptyHours()))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn("drift-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> drift.drift(DatePeriod.year(2011))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theJobsAndInvestmentFiguresTraceBackToTheOpportunitiesWonInThePeriod() {
        LocalDate day = LocalDate.of(2011, 5, 20);
        Business grower = visits.business("Drift Grower", "332710");
        for (String stage : new String[] {"WON", "WON", "LOST"}) {
            jdbc.sql("INSERT INTO opportunity (version, created_at, updated_at, business_id, title, type, stage, "
                    + "retained_jobs, realized_jobs, realized_investment, actual_date) VALUES (0, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP, ?, ?, 'EXPANSION', ?, 10, 4, 250000, ?)")
                    .params(grower.getId(), "Drift " + stage, stage, day).update();
        }
        DatePeriod period = new DatePeriod(day, day);

        assertThat(kpi(drift.drift(period), Kpi.JOBS_RETAINED).actual()).isEqualByComparingTo("20");
        assertThat(drift.countWonOpportunities(period)).isEqualTo(2);
        assertThat(drift.wonOpportunities(period, 0, 50)).hasSize(2).allSatisfy(won -> {
            assertThat(won.businessName()).isEqualTo(grower.getDisplayName());
            assertThat(won.retainedJobs()).isEqualTo(10);
            assertThat(won.createdJobs()).isEqualTo(4);
            assertThat(won.investment()).isEqualByComparingTo("250000");
        });
        assertThat(drift.countWonOpportunities(new DatePeriod(day.plusDays(1), day.plusDays(1)))).isZero();
    }

    @Test
    void aQuartersFiguresAreTheSameFromTheTrendsOnePassAsFromThePeriodAndTraceToTheirRecords() {
        LocalDate day = LocalDate.of(2011, 8, 10);
        DatePeriod quarter = DatePeriod.quarterOf(day);
        Business key = visits.business("Drift Key Works", "332710");
        Business shop = visits.business("Drift Corner Shop", "445110");
        visits.keyCompany(key, "B");
        visit(key, day, "2", 2);
        jdbc.sql("INSERT INTO visit (version, created_at, updated_at, business_id, visit_date, channel, status, "
                + "interaction, lead_staff_id, duration_hours, satisfaction) VALUES (0, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, ?, ?, 'PHONE', 'COMPLETED', TRUE, ?, 0.5, 5)")
                .params(shop.getId(), day.plusDays(1), worker.getId()).update();
        visits.refresh(List.of(shop.getId()));
        flag(shop, day.minusDays(4), day.minusDays(3), "Drift flag on time");
        flag(shop, day.minusDays(300), day.minusDays(2), "Drift flag late");
        followUp(shop, day.plusDays(10), day.plusDays(5), "Drift follow-up on time");
        followUp(shop, day.minusDays(9), day.minusDays(1), "Drift follow-up late");

        DriftReport period = drift.drift(quarter);

        assertThat(kpi(period, Kpi.VISITS).actual()).isEqualByComparingTo("1");
        assertThat(kpi(period, Kpi.BUSINESSES_REACHED).actual()).isEqualByComparingTo("2");
        assertThat(kpi(period, Kpi.MEDIAN_SATISFACTION).actual()).isEqualByComparingTo("3.5");
        assertThat(kpi(period, Kpi.FLAGS_RESOLVED_ON_TIME).actual()).isEqualByComparingTo("50");
        assertThat(kpi(period, Kpi.FOLLOW_UPS_ON_TIME).actual()).isEqualByComparingTo("50");
        assertThat(kpi(period, Kpi.KEY_COMPANIES_VISITED).actual()).isPositive();
        assertThat(period.distributions().get(Dimension.TIME).shares()).filteredOn(s -> s.category()
                .equals("VISITS")).singleElement().satisfies(s -> assertThat(s.amount()).isEqualTo(2.5));
        assertThat(shares(period, Dimension.TIERS).get("B")).isCloseTo(1, within(1e-9));
        QuarterDrift fromTrend = drift.trend().stream().filter(q -> q.quarter().equals(quarter)).findFirst()
                .orElseThrow();
        assertThat(fromTrend.index()).isCloseTo(period.index(), within(1e-9));
        period.dimensions().forEach((dimension, value) -> {
            if (value == null) {
                assertThat(fromTrend.dimensions().get(dimension)).isNull();
            } else {
                assertThat(fromTrend.dimensions().get(dimension)).isCloseTo(value, within(1e-9));
            }
        });

        assertThat(drift.countFigureRecords(quarter, Kpi.FLAGS_RESOLVED_ON_TIME)).isEqualTo(2);
        assertThat(drift.figureRecords(quarter, Kpi.FLAGS_RESOLVED_ON_TIME, 0, 10))
                .extracting(FigureRecord::subject, FigureRecord::met, FigureRecord::date)
                .containsExactly(tuple("Drift flag late", false, day.minusDays(2)),
                        tuple("Drift flag on time", true, day.minusDays(3)));
        assertThat(drift.countFigureRecords(quarter, Kpi.FOLLOW_UPS_ON_TIME)).isEqualTo(2);
        assertThat(drift.figureRecords(quarter, Kpi.FOLLOW_UPS_ON_TIME, 0, 10))
                .extracting(FigureRecord::subject, FigureRecord::met)
                .containsExactly(tuple("Drift follow-up on time", true), tuple("Drift follow-up late", false));
        assertThat(drift.figureRecords(quarter, Kpi.KEY_COMPANIES_VISITED, 0, 1000))
                .filteredOn(r -> r.businessId().equals(key.getId())).singleElement()
                .satisfies(r -> assertThat(r.met()).isTrue())
                .satisfies(r -> assertThat(r.date()).isEqualTo(day));
        assertThat(drift.countVisitRecords(quarter, Dimension.TIERS, "B")).isEqualTo(1);
        assertThat(drift.countVisitRecords(quarter, Dimension.SECTORS, "MANUFACTURING")).isEqualTo(1);
        assertThat(drift.countVisitRecords(quarter, Dimension.TIME, null)).isEqualTo(2);
    }

    @Test
    void theVisitsBehindASectorOrTierAreCountedAsTheirListPagesThroughFromTallyCellsAndLeftoverDaysAlike() {
        Business mill = visits.business("Drift Count Mill", "332710");
        jdbc.sql("UPDATE business SET tier = 'C' WHERE id = ?").param(mill.getId()).update();
        visit(mill, LocalDate.of(2009, 10, 25), "1", null);
        visit(mill, LocalDate.of(2009, 11, 15), "1", null);
        visit(mill, LocalDate.of(2009, 12, 3), "1", null);
        visit(mill, LocalDate.of(2009, 12, 20), "1", null);
        // 20–31 October and 1–10 December live, November from the tally's cells
        DatePeriod period = new DatePeriod(LocalDate.of(2009, 10, 20), LocalDate.of(2009, 12, 10));

        for (Map.Entry<Dimension, String> figure : List.of(Map.entry(Dimension.SECTORS, "MANUFACTURING"),
                Map.entry(Dimension.TIERS, "C"))) {
            List<VisitRecord> listed = drift.visitRecords(period, figure.getKey(), figure.getValue(), 0, 1000);
            assertThat(listed).filteredOn(r -> r.businessName().equals(mill.getLegalName())).hasSize(3);
            assertThat(drift.countVisitRecords(period, figure.getKey(), figure.getValue())).isEqualTo(listed.size());
        }
        assertThat(drift.countVisitRecords(period, null, null)).isEqualTo(drift.visitRecords(period, null, null, 0,
                100_000).size());
        assertThat(drift.countVisitRecords(DatePeriod.month(YearMonth.of(2009, 11)), Dimension.TIERS, "C"))
                .isEqualTo(drift.visitRecords(DatePeriod.month(YearMonth.of(2009, 11)), Dimension.TIERS, "C", 0,
                        1000).size()).isPositive();
    }

    private void flag(Business business, LocalDate raised, LocalDate resolved, String message) {
        jdbc.sql("INSERT INTO flag (version, created_at, updated_at, business_id, colour, message, origin, status, "
                + "raised_at, resolved_at) VALUES (0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, 'RED', ?, 'MANUAL', "
                + "'RESOLVED', ?, ?)").params(business.getId(), message, noon(raised), noon(resolved)).update();
    }

    private void followUp(Business business, LocalDate due, LocalDate closed, String description) {
        jdbc.sql("INSERT INTO follow_up (version, created_at, updated_at, business_id, description, due_date, "
                + "status, requested_at, closed_at) VALUES (0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, 'DONE', "
                + "?, ?)").params(business.getId(), description, due, noon(due.minusDays(20)), noon(closed)).update();
    }

    private static Timestamp noon(LocalDate day) {
        return Timestamp.valueOf(day.atTime(12, 0));
    }

    private void visit(Business business, LocalDate day, String hours, Integer satisfaction) {
        visits.insert(business, day, "COMPLETED", false, hours, satisfaction);
        // Written past the services, so the visit tally is refreshed by hand, as after any bulk load.
        visits.refresh(List.of(business.getId()));
    }

    private static Map<String, Double> shares(DriftReport report, Dimension dimension) {
        Map<String, Double> result = new java.util.HashMap<>();
        report.distributions().get(dimension).shares().forEach(s -> result.put(s.category(), s.actual()));
        return result;
    }

    private static KpiAttainment kpi(DriftReport report, Kpi kpi) {
        return report.kpis().stream().filter(k -> k.kpi() == kpi).findFirst().orElseThrow();
    }
}
