package org.groundwork.plan;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.groundwork.business.Sector;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.BenchmarkBusinesses;
import org.groundwork.testing.BulkInsert;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.HeapPeaks;
import org.groundwork.testing.Stopwatch;
import org.groundwork.visit.interview.StandardQuestionnaire;
import org.groundwork.visit.tally.VisitTally;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's benchmark: one year (2025) of 1,000,000 visits over 100,000 businesses and 200,000 time entries of
 * 20 staff members, against a founding plan and a revision in force from 1 July (so the year is split by days).
 * Times the service calls the drift view makes as it opens (the period's drift and the quarterly trend), other
 * periods, the records behind a figure, and the goal-drift PDF with its heap growth. Figures: BENCHMARKS.md,
 * "Program plan and goal drift".
 */
@GroundworkTest
@Tag("benchmark")
class DriftBenchmark {

    private static final int YEAR = 2025;
    /** The sizes; smaller ones (-Ddrift.visits=100000 and so on) prove the benchmark runs, taking no figures. */
    private static final int BUSINESSES = Integer.getInteger("drift.businesses", 100_000);
    private static final int VISITS = Integer.getInteger("drift.visits", 1_000_000);
    private static final int TIME_ENTRIES = Integer.getInteger("drift.timeEntries", 200_000);
    private static final int STAFF = 20;
    private static final String MARKER = "Drift benchmark business ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgramPlanService plans;
    @Autowired
    DriftService drift;
    @Autowired
    GoalDriftReport report;
    @Autowired
    VisitTally tally;
    @Autowired
    DriftVisitFigures visitFigures;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void driftViewAndPdfOverAYearOfAMillionVisits() {
        List<UserAccount> staff = accounts.staff("drift-bench-", STAFF);
        accounts.signIn("drift-bench-director", Role.DIRECTOR);
        plan();
        long start = System.nanoTime();
        seed(staff);
        System.out.printf("BENCHMARK generated %,d businesses, %,d visits, %,d time entries in %.1f s%n",
                BUSINESSES, VISITS, TIME_ENTRIES, (System.nanoTime() - start) / 1e9);
        rebuildTally();
        Stopwatch.section(String.format("Goal drift: %,d visits and %,d time entries in %d, %,d businesses, a "
                + "revision mid-year", VISITS, TIME_ENTRIES, YEAR, BUSINESSES));
        DatePeriod year = DatePeriod.year(YEAR);
        System.out.printf("BENCHMARK drift index %s, %d quarters in the trend%n", drift.driftIndex(year),
                drift.trend().size());
        // The drift view, as it opens on a period, calls drift(period) and trend(): its server time is the sum.
        printHandlerReads("drift(year) + trend()", () -> {
            drift.drift(year);
            drift.trend();
        });
        printHandlerReads("their visit figures alone", () -> {
            visitFigures.visitFacts(year, false);
            visitFigures.visitFacts(new DatePeriod(LocalDate.of(YEAR, 1, 1),
                    DatePeriod.quarterOf(LocalDate.now()).to()), true);
        });
        Stopwatch.measure("drift(year), the view's period figures", 1, 3, () -> drift.drift(year));
        Stopwatch.measure("trend(), the view's 8 quarters", 1, 3, () -> drift.trend());
        Stopwatch.measure("drift(quarter 3)", 1, 3, () -> drift.drift(DatePeriod.quarterOf(LocalDate.of(YEAR, 8,
                1))));
        Stopwatch.measure("drift(March)", 1, 3, () -> drift.drift(DatePeriod.month(YearMonth.of(YEAR, 3))));
        Stopwatch.measure("Records behind a figure: manufacturing visits of the year, count + first 50", 1, 5,
                () -> {
                    drift.countVisitRecords(year, Dimension.SECTORS, "MANUFACTURING");
                    return drift.visitRecords(year, Dimension.SECTORS, "MANUFACTURING", 0, 50);
                });
        Stopwatch.measure("Records behind a figure: admin time entries, count + first 50", 1, 5, () -> {
            drift.countTimeRecords(year, Activity.ADMIN);
            return drift.timeRecords(year, Activity.ADMIN, 0, 50);
        });
        // The first PDF after start also compiles the design and starts JFreeChart: timed apart from the others.
        Stopwatch.measure("Goal-drift PDF of the year, the first after start", 0, 1, () -> report.renderPdf(year));
        Stopwatch.measure("Goal-drift PDF of the year", 0, 3, () -> report.renderPdf(year));
        for (int run = 0; run < 2; run++) {
            System.out.printf("BENCHMARK goal-drift PDF peak heap growth: %s%n", HeapPeaks.growth(
                    () -> report.renderPdf(year)));
        }
    }

    /**
     * The bulk inserts bypass the services that keep the visit tally, so it is rebuilt (as an admin would) before
     * anything is timed; how long that takes is what the first start after an upgrade costs on this data.
     */
    private void rebuildTally() {
        accounts.signIn("drift-bench-admin", Role.ADMIN);
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> tally.rebuild());
        System.out.printf("BENCHMARK visit tally rebuilt in %.1f s: %,d business rows, %,d cells%n",
                (System.nanoTime() - start) / 1e9, count("visit_business_tally"), count("visit_tally"));
        accounts.signIn("drift-bench-director", Role.DIRECTOR);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * On MySQL, the rows and index entries the server read for some calls (SHOW SESSION STATUS, Handler_read_*),
     * a figure load does not change. One transaction keeps every query on the connection whose counters are read.
     */
    private void printHandlerReads(String what, Runnable calls) {
        if (!isMysql()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Map<String, Long> before = handlerReads();
            calls.run();
            Map<String, Long> after = handlerReads();
            after.forEach((name, value) -> System.out.printf("BENCHMARK %s: %s %,d%n", what, name,
                    value - before.getOrDefault(name, 0L)));
        });
    }

    private boolean isMysql() {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()
                .toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*")));
    }

    private Map<String, Long> handlerReads() {
        Map<String, Long> values = new TreeMap<>();
        jdbc.query("SHOW SESSION STATUS LIKE 'Handler_read%'", rs -> {
            values.put(rs.getString(1), rs.getLong(2));
        });
        return values;
    }

    /** A founding plan from 1 January and a revision from 1 July, unless the database has a plan already. */
    private void plan() {
        if (!plans.revisions().isEmpty()) {
            return;
        }
        PlanDraft founding = plans.nextDraft();
        founding.setProgramStart(LocalDate.of(YEAR, 1, 1));
        founding.setMission("Keep and grow the jobs the region already has.");
        shares(founding, "40", "15");
        plans.revise(founding);
        PlanDraft revision = plans.nextDraft();
        revision.setEffectiveFrom(LocalDate.of(YEAR, 7, 1));
        revision.setReason("Fire-fighting took over; we plan for it");
        shares(revision, "30", "25");
        plans.revise(revision);
    }

    private static void shares(PlanDraft draft, String visits, String admin) {
        BigDecimal rest = BigDecimal.valueOf(100).subtract(new BigDecimal(visits)).subtract(new BigDecimal(admin))
                .divide(BigDecimal.valueOf(5));
        Activity.entered().forEach(a -> draft.setShare(Dimension.TIME, a.name(), rest));
        draft.setShare(Dimension.TIME, Activity.VISITS.name(), new BigDecimal(visits));
        draft.setShare(Dimension.TIME, Activity.ADMIN.name(), new BigDecimal(admin));
        Categories.of(Dimension.SECTORS).forEach(sector -> draft.setShare(Dimension.SECTORS, sector, null));
        draft.setShare(Dimension.SECTORS, Sector.MANUFACTURING.name(), new BigDecimal("50"));
        draft.setShare(Dimension.SECTORS, Sector.RETAIL.name(), new BigDecimal("20"));
        draft.setShare(Dimension.SECTORS, Sector.HEALTH_CARE.name(), new BigDecimal("30"));
        Categories.of(Dimension.TIERS).forEach(tier -> draft.setShare(Dimension.TIERS, tier, null));
        draft.setShare(Dimension.TIERS, "A", new BigDecimal("60"));
        draft.setShare(Dimension.TIERS, "B", new BigDecimal("40"));
        for (Kpi kpi : Kpi.values()) {
            draft.setTarget(YEAR, kpi, kpi == Kpi.MEDIAN_SATISFACTION ? new BigDecimal("4")
                    : kpi.isRate() ? new BigDecimal("80") : new BigDecimal("500000"));
        }
    }

    /** Inserts the data once per database. */
    private void seed(List<UserAccount> staff) {
        Long existing = jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class,
                MARKER + "%");
        if (existing != null) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        long[] staffIds = staff.stream().mapToLong(UserAccount::getId).toArray();
        long firstBusiness = BenchmarkBusinesses.insert(jdbc, MARKER, BUSINESSES, staffIds);
        Long template = jdbc.queryForObject("select min(id) from interview_template where template_key = ?",
                Long.class, StandardQuestionnaire.KEY);
        LocalDate january = LocalDate.of(YEAR, 1, 1);
        BulkInsert.rows(jdbc, "insert into visit (version, created_at, updated_at, business_id, template_id, "
                + "visit_date, channel, status, interaction, lead_staff_id, purpose, completed_at, duration_hours, "
                + "satisfaction) values ", "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", VISITS, i -> {
                    boolean done = i % 10 != 0;
                    return new Object[] {now, now, firstBusiness + (i * 7L) % BUSINESSES, template,
                        Date.valueOf(january.plusDays(i % 365)), i % 4 == 0 ? "PHONE" : "ON_SITE",
                        done ? "COMPLETED" : "CANCELLED", i % 4 == 0, staffIds[i % STAFF], "Drift benchmark " + i,
                        done ? now : null, new BigDecimal(i % 4 == 0 ? "0.25" : "1.50"),
                        i % 3 == 0 ? 1 + i % 5 : null};
                });
        List<Activity> activities = Activity.entered();
        BulkInsert.rows(jdbc, "insert into time_entry (version, created_at, updated_at, staff_id, entry_date, "
                + "activity, hours) values ", "(0, ?, ?, ?, ?, ?, ?)", TIME_ENTRIES, i -> new Object[] {now, now,
                    staffIds[i % STAFF], Date.valueOf(january.plusDays((i / STAFF) % 365)),
                    activities.get((i / 7) % activities.size()).name(), BigDecimal.valueOf(1 + i % 4)});
        System.out.println("BENCHMARK seeded " + Arrays.toString(new int[] {BUSINESSES, VISITS, TIME_ENTRIES}));
    }
}
