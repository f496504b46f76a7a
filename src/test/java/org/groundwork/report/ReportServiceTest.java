package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Each report's figures on the fixed data set against the values worked out by hand in {@link ReportFixture}. */
@GroundworkTest
class ReportServiceTest {

    @Autowired
    ReportService reports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportFixtures fixtures;

    ReportFixture data;

    @BeforeEach
    void fixture() {
        data = fixtures.create();
        accounts.signIn("rpt-director", Role.DIRECTOR);
    }

    @Test
    void retentionSummaryAgainstThePreviousQuarter() {
        RetentionSummary summary = reports.retentionSummary(data.ownerFilter(Comparison.PREVIOUS_PERIOD));

        assertThat(summary.current()).containsEntry(ProgramMeasure.VISITS, new BigDecimal("4"))
                .containsEntry(ProgramMeasure.BUSINESSES_REACHED, new BigDecimal("3"))
                .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("66.7"))
                .containsEntry(ProgramMeasure.FLAGS_RAISED, new BigDecimal("3"))
                .containsEntry(ProgramMeasure.FLAGS_RESOLVED, new BigDecimal("2"))
                .containsEntry(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, new BigDecimal("50.0"))
                .containsEntry(ProgramMeasure.JOBS_CREATED, new BigDecimal("14"))
                .containsEntry(ProgramMeasure.JOBS_RETAINED, new BigDecimal("20"))
                .containsEntry(ProgramMeasure.JOBS_GAINED_AT_VISITED, new BigDecimal("10"))
                .containsEntry(ProgramMeasure.JOBS_LOST_AT_VISITED, new BigDecimal("5"))
                .containsEntry(ProgramMeasure.INVESTMENT, new BigDecimal("450000.00"))
                .containsEntry(ProgramMeasure.SATISFACTION, new BigDecimal("4.33"));
        assertThat(summary.comparison()).containsEntry(ProgramMeasure.VISITS, new BigDecimal("1"))
                .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("33.3"))
                .containsEntry(ProgramMeasure.FLAGS_RAISED, new BigDecimal("1"))
                .containsEntry(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, null)
                .containsEntry(ProgramMeasure.JOBS_CREATED, new BigDecimal("2"))
                .containsEntry(ProgramMeasure.JOBS_GAINED_AT_VISITED, new BigDecimal("0"));
        assertThat(summary.satisfaction()).containsEntry(5, 1L).containsEntry(4, 2L).containsEntry(3, 0L);
        assertThat(summary.comparisonSatisfaction()).containsEntry(3, 1L);
        assertThat(summary.rows()).contains(MeasureRow.of("Visits completed", "visits", new BigDecimal("4"),
                new BigDecimal("1")));
    }

    @Test
    void theRecordsBehindAFigureAreTheOnesItCounts() {
        ReportFilter filter = data.ownerFilter(Comparison.NONE);

        assertThat(reports.records(ProgramMeasure.VISITS, filter, 0, 50)).hasSize(4)
                .allSatisfy(r -> assertThat(r.link()).startsWith("visits/"))
                .extracting(MeasureRecord::day).containsExactly(LocalDate.of(2019, 4, 10),
                        LocalDate.of(2019, 5, 20), LocalDate.of(2019, 6, 1),
                        LocalDate.of(2019, 6, 30));
        assertThat(reports.records(ProgramMeasure.VISITS, filter, 1, 2)).hasSize(2);
        assertThat(reports.records(ProgramMeasure.BUSINESSES_REACHED, filter, 0, 50)).extracting(MeasureRecord::link)
                .containsExactlyInAnyOrder("businesses/" + data.alder, "businesses/" + data.birch,
                        "businesses/" + data.cedar);
        assertThat(reports.records(ProgramMeasure.KEY_COMPANIES_VISITED, filter, 0, 50)).hasSize(3)
                .filteredOn(r -> r.day() == null).singleElement().extracting(MeasureRecord::detail)
                .isEqualTo("Key company not visited in the period");
        assertThat(reports.records(ProgramMeasure.FLAGS_RAISED, filter, 0, 50)).hasSize(3);
        assertThat(reports.records(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, filter, 0, 50)).hasSize(2)
                .extracting(MeasureRecord::detail).anySatisfy(d -> assertThat(d).contains("Lease ends soon",
                        "resolved after 21 days"));
        assertThat(reports.records(ProgramMeasure.JOBS_CREATED, filter, 0, 50)).hasSize(2)
                .allSatisfy(r -> assertThat(r.link()).startsWith("opportunities/"))
                .extracting(MeasureRecord::detail).anySatisfy(d -> assertThat(d)
                        .endsWith("8 jobs created, 20 retained, $450000.00 invested"));
    }

    @Test
    void flagsAreResolvedWithinTheProgramsStandardForResolving() {
        // The seeded standard resolves within 30 days: one of the two flags resolved in Q2 (21 and 76 days).
        assertThat(reports.retentionSummary(data.ownerFilter(Comparison.NONE)).current())
                .containsEntry(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, new BigDecimal("50.0"));
        String name = "Resolve flags within 10 days " + System.nanoTime();
        jdbc.sql("insert into service_standard (version, created_at, updated_at, name, measure, days, day_kind,"
                        + " enabled) values (0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :name, 'FOLLOW_UP_RESOLVED', 10,"
                        + " 'CALENDAR', true)").param("name", name).update();
        try {
            assertThat(reports.retentionSummary(data.ownerFilter(Comparison.NONE)).current())
                    .containsEntry(ProgramMeasure.FLAGS_RESOLVED_IN_STANDARD, new BigDecimal("0.0"));
        } finally {
            jdbc.sql("delete from service_standard where name = :name").param("name", name).update();
        }
    }

    @Test
    void periodsNotMadeOfWholeMonthsCountTheirEdgeDaysFromTheVisits() {
        // 11 Apr – 30 Jun: the visit of 10 April falls out; 20 May (4), 1 June (unrated), 30 June (4) stay.
        RetentionSummary fromMidApril = ownersSummary(LocalDate.of(2019, 4, 11), LocalDate.of(2019, 6, 30));
        assertThat(fromMidApril.current()).containsEntry(ProgramMeasure.VISITS, new BigDecimal("3"))
                .containsEntry(ProgramMeasure.BUSINESSES_REACHED, new BigDecimal("3"))
                .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("66.7"))
                .containsEntry(ProgramMeasure.SATISFACTION, new BigDecimal("4.00"));
        // 1 Apr – 20 Jun: 10 April (5), 20 May (4) at Alder and 1 June at Cedar; Birch's 30 June falls out.
        RetentionSummary toMidJune = ownersSummary(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 20));
        assertThat(toMidJune.current()).containsEntry(ProgramMeasure.VISITS, new BigDecimal("3"))
                .containsEntry(ProgramMeasure.BUSINESSES_REACHED, new BigDecimal("2"))
                .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("33.3"))
                .containsEntry(ProgramMeasure.JOBS_GAINED_AT_VISITED, new BigDecimal("10"))
                .containsEntry(ProgramMeasure.JOBS_LOST_AT_VISITED, new BigDecimal("0"))
                .containsEntry(ProgramMeasure.SATISFACTION, new BigDecimal("4.50"));
        assertThat(toMidJune.satisfaction()).containsEntry(5, 1L).containsEntry(4, 1L);
    }

    @Test
    void theDashboardsGroupedFiguresAreTheRetentionSummarysFigures() {
        List<Period> periods = List.of(Period.quarter(2019, 1), ReportFixture.Q2_2019,
                new Period(LocalDate.of(2019, 4, 11), LocalDate.of(2019, 6, 20)));
        java.util.Map<Period, java.util.Map<ProgramMeasure, BigDecimal>> grouped = reports.programFigures(periods);
        for (Period period : periods) {
            java.util.Map<ProgramMeasure, BigDecimal> summary = reports.retentionSummary(ReportFilter.of(period,
                    Comparison.NONE)).current();
            for (ProgramMeasure measure : ProgramMeasure.onDashboard()) {
                assertThat(grouped.get(period).get(measure)).as(measure + " in " + period.label())
                        .isEqualTo(summary.get(measure));
            }
        }
    }

    @Test
    void sameQuarterLastYearHasNothing() {
        RetentionSummary summary = reports.retentionSummary(data.ownerFilter(Comparison.SAME_PERIOD_LAST_YEAR));
        assertThat(summary.comparison()).containsEntry(ProgramMeasure.VISITS, BigDecimal.ZERO)
                .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("0.0"));
    }

    @Test
    void sectorAndTierFiltersNarrowTheBusinesses() {
        ReportFilter retail = new ReportFilter(ReportFixture.Q2_2019, Comparison.NONE,
                org.groundwork.business.Sector.RETAIL, null, data.owner.getId());
        assertThat(reports.retentionSummary(retail).current()).containsEntry(ProgramMeasure.VISITS, BigDecimal.ONE);
        ReportFilter tierA = new ReportFilter(ReportFixture.Q2_2019, Comparison.NONE, null,
                org.groundwork.business.TargetTier.A, data.owner.getId());
        assertThat(reports.retentionSummary(tierA).current()).containsEntry(ProgramMeasure.VISITS,
                new BigDecimal("2"));
    }

    @Test
    void businessesAtRiskAreTheFlagsOpenAtThePeriodsEnd() {
        List<AtRiskRow> rows = reports.atRisk(data.ownerFilter(Comparison.NONE), iterator -> {
            List<AtRiskRow> all = new ArrayList<>();
            iterator.forEachRemaining(all::add);
            return all;
        });
        assertThat(rows).extracting(AtRiskRow::colour, AtRiskRow::daysOpen, AtRiskRow::sector)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Red", 60, "Retail trade"),
                        org.assertj.core.groups.Tuple.tuple("Yellow", 20, "Manufacturing"));
        assertThat(rows.getFirst().nextAction()).isEqualTo("Call about the succession plan");
        assertThat(rows.getFirst().owner()).isEqualTo(data.owner.getFullName());
        assertThat(reports.atRiskTotals(data.ownerFilter(Comparison.NONE))).containsExactly(1, 1);
    }

    @Test
    void visitActivityByStaffBySectorAndInTotal() {
        List<ActivityRow> rows = reports.visitActivity(data.ownerFilter(Comparison.PREVIOUS_PERIOD));
        assertThat(rows).contains(
                new ActivityRow(ActivityRow.BY_STAFF, data.owner.getFullName(), 3L, 3L, new BigDecimal("3.50"), 1L),
                new ActivityRow(ActivityRow.BY_STAFF, data.colleague.getFullName(), 1L, 1L, new BigDecimal("1.50"),
                        0L),
                new ActivityRow(ActivityRow.BY_SECTOR, "Manufacturing", 3L, 2L, new BigDecimal("4.50"), 1L),
                new ActivityRow(ActivityRow.BY_SECTOR, "Retail trade", 1L, 1L, new BigDecimal("0.50"), 0L),
                new ActivityRow(ActivityRow.TOTAL, "All staff", 4L, 3L, new BigDecimal("5.00"), 1L));
    }

    @Test
    void staffSeeTheirOwnLineAndTheProgramTotalOnly() {
        accounts.signIn(data.colleague);
        List<ActivityRow> rows = reports.visitActivity(data.ownerFilter(Comparison.NONE));
        assertThat(rows).filteredOn(r -> r.grouping().equals(ActivityRow.BY_STAFF))
                .extracting(ActivityRow::name).containsExactly(data.colleague.getFullName());
        assertThat(rows).filteredOn(r -> r.grouping().equals(ActivityRow.TOTAL))
                .extracting(ActivityRow::visits).containsExactly(4L);
        // The colleague owns none of the businesses at risk, so the list narrowed to their own is empty.
        assertThat(reports.atRiskTotals(data.ownerFilter(Comparison.NONE))).containsExactly(0, 0);
        assertThat(reports.header("Visit activity", data.ownerFilter(Comparison.NONE)).filters())
                .contains("your own work and program totals");
    }

    @Test
    void jobsAndInvestmentByKind() {
        assertThat(reports.jobsAndInvestment(data.ownerFilter(Comparison.NONE))).containsExactly(
                new JobsRow("Expansion", 1L, 1L, 10L, 8L, 20L, new BigDecimal("500000.00"),
                        new BigDecimal("450000.00")),
                new JobsRow("Hiring", 1L, 0L, 5L, 6L, 0L, new BigDecimal("0.00"), new BigDecimal("0.00")));
    }

    @Test
    void macroIssuesCountAffectedBusinessesBySectorAndActionProgress() {
        IssueRow issue = reports.macroIssues(data.ownerFilter(Comparison.NONE)).stream()
                .filter(row -> row.issueId().equals(data.issueId)).findFirst().orElseThrow();
        assertThat(issue.affectedBusinesses()).isEqualTo(3);
        assertThat(issue.bySector()).isEqualTo("2 Manufacturing, 1 Retail trade");
        assertThat(issue.actionsDone()).isEqualTo(1);
        assertThat(issue.actionsOpen()).isEqualTo(1);
        assertThat(issue.status()).isEqualTo("Active");
    }

    @Test
    void partnersCannotRunReports() {
        accounts.signIn("rpt-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> reports.retentionSummary(data.ownerFilter(Comparison.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The retention summary of the fixture owner's businesses from one day to another, compared with nothing. */
    private RetentionSummary ownersSummary(LocalDate from, LocalDate to) {
        return reports.retentionSummary(new ReportFilter(new Period(from, to), Comparison.NONE, null, null,
                data.owner.getId()));
    }
}
