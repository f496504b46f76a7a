package org.groundwork.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.ReportFormat;
import org.groundwork.dashboard.DashboardService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.OpportunityType;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.BenchmarkBusinesses;
import org.groundwork.testing.BulkInsert;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.HeapPeaks;
import org.groundwork.testing.Stopwatch;
import org.groundwork.visit.tally.VisitTally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's benchmark: the year up to today of 1,000,000 visits over 100,000 businesses, with 50,000 flags,
 * 50,000 follow-ups, 20,000 opportunities and two employee counts per business. Times the retention summary and
 * the businesses-at-risk report, each as PDF and XLSX (with the peak heap growth of a run), and the service calls
 * the director's dashboard makes as it opens (one). {@code -Dgroundwork.benchmark.scale=0.01} runs it on a hundredth of
 * the data, to prove it works. Figures: BENCHMARKS.md, "Reports and dashboards".
 */
@GroundworkTest
@Tag("benchmark")
class ReportsBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("groundwork.benchmark.scale", "1"));
    private static final int BUSINESSES = scaled(100_000);
    private static final int VISITS = scaled(1_000_000);
    private static final int FLAGS = scaled(50_000);
    private static final int FOLLOW_UPS = scaled(50_000);
    private static final int OPPORTUNITIES = scaled(20_000);
    private static final int STAFF = 20;
    private static final String MARKER = "Reports benchmark business ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RetentionSummaryReport retentionSummary;
    @Autowired
    BusinessesAtRiskReport atRisk;
    @Autowired
    ReportService reports;
    @Autowired
    DashboardService dashboards;
    @Autowired
    Clock clock;
    @Autowired
    VisitTally tally;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void reportsAndTheDirectorsDashboardOverAYearOfAMillionVisits() {
        List<UserAccount> staff = accounts.staff("reports-bench-", STAFF);
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        if (seed(staff, today)) {
            // JDBC seeding bypasses the services that keep the visit tally; an admin rebuilds it, as after a bulk load.
            accounts.signIn("reports-bench-admin", Role.ADMIN);
            tally.rebuild();
        }
        System.out.printf("BENCHMARK seeding and tally rebuild took %.1f s%n", (System.nanoTime() - start) / 1e9);
        accounts.signIn("reports-bench-director", Role.DIRECTOR);
        Stopwatch.section(String.format("Reports: %,d visits in the year to %s, %,d businesses, %,d flags", VISITS,
                today, BUSINESSES, FLAGS));
        Period year = new Period(today.minusYears(1).plusDays(1), today);
        ReportFilter filter = ReportFilter.of(year, Comparison.PREVIOUS_PERIOD);
        Stopwatch.measure("Retention summary PDF, the year against the one before", 1, 3,
                () -> retentionSummary.render(filter, ReportFormat.PDF));
        Stopwatch.measure("Retention summary XLSX", 1, 3, () -> retentionSummary.render(filter, ReportFormat.XLSX));
        Stopwatch.measure("Businesses at risk PDF", 1, 3, () -> atRisk.render(filter, ReportFormat.PDF));
        Stopwatch.measure("Businesses at risk XLSX", 1, 3, () -> atRisk.render(filter, ReportFormat.XLSX));
        Stopwatch.measure("Director's dashboard: the service calls it makes as it opens", 1, 5,
                () -> directorsDashboard());
        System.out.printf("BENCHMARK retention summary PDF: %s%n",
                HeapPeaks.growth(() -> retentionSummary.render(filter, ReportFormat.PDF)));
        System.out.printf("BENCHMARK retention summary XLSX: %s%n",
                HeapPeaks.growth(() -> retentionSummary.render(filter, ReportFormat.XLSX)));
        System.out.printf("BENCHMARK businesses at risk PDF: %s%n",
                HeapPeaks.growth(() -> atRisk.render(filter, ReportFormat.PDF)));
        System.out.printf("BENCHMARK businesses at risk XLSX: %s%n",
                HeapPeaks.growth(() -> atRisk.render(filter, ReportFormat.XLSX)));
        System.out.printf("BENCHMARK director's dashboard: %s%n", HeapPeaks.growth(() -> directorsDashboard()));
        System.out.printf("BENCHMARK businesses at risk PDF: %s%n",
                LiveHeap.peak(() -> atRisk.render(filter, ReportFormat.PDF)));
        System.out.printf("BENCHMARK businesses at risk XLSX: %s%n",
                LiveHeap.peak(() -> atRisk.render(filter, ReportFormat.XLSX)));
    }

    /** The one service call {@code DirectorDashboard} makes as it opens. */
    private Object directorsDashboard() {
        return dashboards.director();
    }

    /** Inserts the data once per database (true when it did); the visits fill the year up to {@code today}. */
    private boolean seed(List<UserAccount> staff, LocalDate today) {
        if (firstBusiness() != null) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now());
        long[] staffIds = staff.stream().mapToLong(UserAccount::getId).toArray();
        long first = BenchmarkBusinesses.insert(jdbc, MARKER, BUSINESSES, staffIds);
        LocalDate yearStart = today.minusYears(1).plusDays(1);
        BulkInsert.rows(jdbc, "insert into visit (version, created_at, updated_at, business_id, visit_date, channel, "
                + "status, interaction, lead_staff_id, completed_at, duration_hours, satisfaction) values ",
                "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", VISITS, i -> {
                    boolean done = i % 10 != 0;
                    return new Object[] {now, now, first + (i * 7L) % BUSINESSES,
                        Date.valueOf(yearStart.plusDays(i % 365)), i % 4 == 0 ? "PHONE" : "ON_SITE",
                        done ? "COMPLETED" : "CANCELLED", i % 4 == 0, staffIds[i % STAFF], done ? now : null,
                        new BigDecimal(i % 4 == 0 ? "0.25" : "1.50"), i % 3 == 0 ? 1 + i % 5 : null};
                });
        BulkInsert.rows(jdbc, "insert into flag (version, created_at, updated_at, business_id, colour, message, "
                + "origin, status, raised_at, resolved_at) values ", "(0, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?)", FLAGS,
                i -> {
                    boolean resolved = i % 5 < 3;
                    LocalDate raised = yearStart.plusDays(i % 365);
                    return new Object[] {now, now, first + (i * 11L) % BUSINESSES, i % 3 == 0 ? "RED" : "YELLOW",
                        "Benchmark warning " + i, resolved ? "RESOLVED" : "OPEN", noon(raised),
                        resolved ? noon(raised.plusDays(i % 60)) : null};
                });
        BulkInsert.rows(jdbc, "insert into follow_up (version, created_at, updated_at, business_id, description, "
                + "owner_staff_id, due_date, status, requested_at) values ", "(0, ?, ?, ?, ?, ?, ?, ?, ?)",
                FOLLOW_UPS, i -> new Object[] {now, now, first + (i * 11L) % BUSINESSES, "Benchmark follow-up " + i,
                    staffIds[i % STAFF], Date.valueOf(yearStart.plusDays(i % 400)), i % 2 == 0 ? "OPEN" : "DONE",
                    noon(yearStart.plusDays(i % 365))});
        OpportunityType[] types = OpportunityType.values();
        OpportunityStage[] stages = OpportunityStage.values();
        BulkInsert.rows(jdbc, "insert into opportunity (version, created_at, updated_at, business_id, title, type, "
                + "stage, projected_jobs, realized_jobs, retained_jobs, capital_investment, realized_investment, "
                + "actual_date) values ", "(0, ?, ?, ?, 'Benchmark growth', ?, ?, ?, ?, ?, ?, ?, ?)", OPPORTUNITIES,
                i -> {
                    OpportunityStage stage = stages[i % stages.length];
                    boolean closed = stage == OpportunityStage.WON || stage == OpportunityStage.LOST;
                    boolean won = stage == OpportunityStage.WON;
                    return new Object[] {now, now, first + (i * 13L) % BUSINESSES, types[i % types.length].name(),
                        stage.name(), 1 + i % 30, won ? i % 25 : null, won ? i % 40 : null,
                        BigDecimal.valueOf(10_000L * (i % 50)), won ? BigDecimal.valueOf(9_000L * (i % 50)) : null,
                        closed ? Date.valueOf(yearStart.plusDays(i % 365)) : null};
                });
        BulkInsert.rows(jdbc, "insert into employee_count (version, created_at, updated_at, business_id, as_of, "
                + "employees) values ", "(0, ?, ?, ?, ?, ?)", BUSINESSES * 2, i -> new Object[] {now, now,
                    first + i / 2, Date.valueOf(i % 2 == 0 ? yearStart.minusDays(30) : yearStart.plusDays(i % 300)),
                    5 + (i / 2) % 400 + (i % 2 == 0 ? 0 : i % 7 - 3)});
        System.out.printf("BENCHMARK seeded %,d businesses, %,d visits, %,d flags, %,d follow-ups, %,d opportunities"
                + "%n", BUSINESSES, VISITS, FLAGS, FOLLOW_UPS, OPPORTUNITIES);
        return true;
    }

    private Long firstBusiness() {
        return jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class, MARKER + "%");
    }

    /** Noon of the day in the program's zone, as UTC, the way the app stores instants. */
    private Timestamp noon(LocalDate day) {
        return Timestamp.valueOf(BusinessScope.utc(day, clock.getZone()).plusHours(12));
    }

    private static int scaled(int rows) {
        return Math.max(1, (int) Math.round(rows * SCALE));
    }
}
