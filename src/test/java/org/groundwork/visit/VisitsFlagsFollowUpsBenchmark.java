package org.groundwork.visit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.business.BusinessTimeline;
import org.groundwork.business.Sector;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.BulkInsert;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.Stopwatch;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagFilter;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.flag.FlagStatus;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.interview.StandardQuestionnaire;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1,000,000 visits over 100,000 businesses and 20 staff members, 30,000 flags and 100,000 follow-ups, written with
 * multi-row JDBC inserts; then the server time of "my follow-ups", the flags view and a business's timeline, through
 * the same service calls the views make. Figures go to BENCHMARKS.md, "Visits, flags and follow-ups".
 */
@GroundworkTest
@Tag("benchmark")
class VisitsFlagsFollowUpsBenchmark {

    private static final int BUSINESSES = 100_000;
    private static final int VISITS = 1_000_000;
    private static final int FLAGS = 30_000;
    private static final int FOLLOW_UPS = 100_000;
    private static final int STAFF = 20;
    /** The first businesses get 50 visits each, so the timeline is measured on a well-visited business. */
    private static final int BUSY_BUSINESSES = 100;
    private static final int BUSY_VISITS = 50;
    private static final String MARKER = "Visit benchmark business ";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FlagService flags;
    @Autowired
    BusinessTimeline timeline;

    @Test
    void myFollowUpsFlagsAndTimelineAtAMillionVisits() {
        List<UserAccount> staff = accounts.staff("visit-bench-", STAFF);
        long start = System.nanoTime();
        long firstBusiness = seed(staff);
        System.out.printf("BENCHMARK generated %,d businesses, %,d visits, %,d flags, %,d follow-ups in %.1f s%n",
                BUSINESSES, VISITS, FLAGS, FOLLOW_UPS, (System.nanoTime() - start) / 1e9);
        accounts.signIn(staff.getFirst());
        Stopwatch.section("Visits, flags and follow-ups: 1,000,000 visits, 100,000 businesses, 30,000 flags, "
                + "100,000 follow-ups, 20 staff");
        Long me = followUps.myStaffId();
        Sort soonest = Sort.by("dueDate", "id");
        System.out.printf("BENCHMARK my follow-ups: %d open or acknowledged of %d%n",
                followUps.countOwnedBy(me, false), followUps.countOwnedBy(me, true));
        Stopwatch.measure("My follow-ups (open), first page of 50 + count", 3, 15, () -> {
            followUps.countOwnedBy(me, false);
            return followUps.ownedBy(me, false, PageRequest.of(0, 50, soonest));
        });
        Stopwatch.measure("My follow-ups with closed ones, first page of 50 + count", 3, 15, () -> {
            followUps.countOwnedBy(me, true);
            return followUps.ownedBy(me, true, PageRequest.of(0, 50, soonest));
        });
        Sort newest = Sort.by("raisedAt").descending();
        Stopwatch.measure("Flags view (open, any colour), first page of 50 + count", 3, 15,
                () -> flagsPage(FlagFilter.open(), newest));
        Stopwatch.measure("Flags view, open + red + business owner, first page + count", 3, 15,
                () -> flagsPage(new FlagFilter(FlagColour.RED, FlagStatus.OPEN, staff.get(3).getId(), null, null),
                        newest));
        FlagFilter yellowInSector = new FlagFilter(FlagColour.YELLOW, null, null, Sector.MANUFACTURING, null);
        Stopwatch.measure("Flags view, any status + yellow + sector, first page + count", 3, 15,
                () -> flagsPage(yellowInSector, newest));
        Stopwatch.measure("  of which: count", 3, 15, () -> flags.count(yellowInSector));
        Stopwatch.measure("Flags view, open + yellow + sector, first page + count", 3, 15,
                () -> flagsPage(new FlagFilter(FlagColour.YELLOW, FlagStatus.OPEN, null, Sector.MANUFACTURING,
                        null), newest));
        long busy = firstBusiness + 7;
        System.out.printf("BENCHMARK timeline business has %d visits%n", visitsOf(busy));
        Stopwatch.measure("Business timeline (all sources, 100 entries), 50-visit business", 3, 15,
                () -> timeline.entriesFor(busy, 100));
        long typical = firstBusiness + BUSINESSES / 2;
        Stopwatch.measure("Business timeline, 10-visit business", 3, 15, () -> timeline.entriesFor(typical, 100));
        explain("select * from follow_up where owner_staff_id = " + me + " and status in ('OPEN','ACKNOWLEDGED') "
                + "order by due_date, id limit 50");
        explain("select * from follow_up where owner_staff_id = " + me + " and status in ('OPEN','ACKNOWLEDGED',"
                + "'DONE','CANCELLED') order by due_date, id limit 50");
        explain("select * from flag f join business b on b.id = f.business_id where f.status = 'OPEN' "
                + "order by f.raised_at desc limit 50");
        explain("select count(*) from flag f join business b on b.id = f.business_id where f.status = 'OPEN'");
        String yellowManufacturing = " from flag f join business b on b.id = f.business_id where f.colour = "
                + "'YELLOW' and b.sector = 'MANUFACTURING'";
        explain("select f.*" + yellowManufacturing + " order by f.raised_at desc limit 50");
        explain("select count(*)" + yellowManufacturing);
        explain("select * from visit v where v.business_id = " + busy + " order by v.visit_date desc, v.id desc "
                + "limit 100");
    }

    /** What the flags grid shows: the page (with each flag's business name) and the count. */
    private Object flagsPage(FlagFilter filter, Sort sort) {
        flags.count(filter);
        List<Flag> page = flags.search(filter, PageRequest.of(0, 50, sort));
        return page.stream().map(flag -> flag.getBusiness().getDisplayName()).toList();
    }

    private long visitsOf(long businessId) {
        return jdbc.queryForObject("select count(*) from visit where business_id = ?", Long.class, businessId);
    }

    private void explain(String sql) {
        System.out.println("PLAN " + sql);
        jdbc.queryForList("explain " + sql).forEach(row -> System.out.println("PLAN   " + row));
    }

    /** Inserts the data once per database; returns the id of the first benchmark business. */
    private long seed(List<UserAccount> staff) {
        Long existing = jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class,
                MARKER + "%");
        if (existing != null) {
            return existing;
        }
        Timestamp now = Timestamp.from(Instant.now());
        Sector[] sectors = Sector.values();
        long[] staffIds = staff.stream().mapToLong(UserAccount::getId).toArray();
        BulkInsert.rows(jdbc,
                "insert into business (version, created_at, updated_at, legal_name, normalized_name, sector, owner_id, "
                + "local_ownership, facility_tenure, key_company, consent_to_name, status, risk_level, "
                + "open_red_flags, open_yellow_flags, current_employees) values ",
                "(0, ?, ?, ?, ?, ?, ?, 'UNKNOWN', 'UNKNOWN', false, false, 'ACTIVE', 'NONE', 0, 0, ?)", BUSINESSES,
                i -> new Object[] {now, now, MARKER + i, "visitbenchmarkbusiness" + i,
                    sectors[i % sectors.length].name(), staffIds[i % STAFF], 5 + i % 400});
        long firstBusiness = jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class,
                MARKER + "%");
        Long template = jdbc.queryForObject("select min(id) from interview_template where template_key = ?",
                Long.class, StandardQuestionnaire.KEY);
        VisitChannel[] channels = VisitChannel.values();
        BulkInsert.rows(jdbc,
                "insert into visit (version, created_at, updated_at, business_id, template_id, visit_date, channel, "
                + "status, interaction, lead_staff_id, purpose, completed_at) values ",
                "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", VISITS, i -> {
                    long business = firstBusiness + visitBusiness(i);
                    LocalDate date = TODAY.minusDays(i % 1_500 - 60);
                    boolean done = date.isBefore(TODAY) && i % 25 != 0;
                    String status = done ? "COMPLETED" : i % 25 == 0 ? "CANCELLED" : "PLANNED";
                    return new Object[] {now, now, business, template, Date.valueOf(date),
                        channels[i % channels.length].name(), status, i % 4 == 0, staffIds[i % STAFF],
                        "Benchmark visit " + i, done ? now : null};
                });
        BulkInsert.rows(jdbc,
                "insert into flag (version, created_at, updated_at, business_id, colour, message, origin, status, "
                + "raised_at, resolved_at) values ", "(0, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?)", FLAGS, i -> {
                    boolean open = i % 10 == 0;
                    Timestamp raised = Timestamp.from(now.toInstant().minusSeconds(600L * (FLAGS - i)));
                    return new Object[] {now, now, firstBusiness + (i * 7L) % BUSINESSES, i % 3 == 0 ? "RED" : "YELLOW",
                        "Benchmark flag " + i, open ? "OPEN" : "RESOLVED", raised, open ? null : now};
                });
        BulkInsert.rows(jdbc,
                "insert into follow_up (version, created_at, updated_at, business_id, description, owner_staff_id, "
                + "due_date, status, requested_at, closed_at) values ", "(0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", FOLLOW_UPS,
                i -> {
                    int perOwner = i / STAFF;
                    String status = perOwner % 2 == 0 ? "DONE" : perOwner % 5 == 1 ? "ACKNOWLEDGED"
                            : perOwner % 19 == 0 ? "CANCELLED" : "OPEN";
                    boolean closed = status.equals("DONE") || status.equals("CANCELLED");
                    return new Object[] {now, now, firstBusiness + (i * 13L) % BUSINESSES, "Benchmark follow-up " + i,
                        staffIds[i % STAFF], Date.valueOf(TODAY.plusDays(i % 120 - 30)), status, now,
                        closed ? now : null};
                });
        return firstBusiness;
    }

    /** Business index of visit {@code i}: the busy businesses first, the rest spread over the others. */
    private static int visitBusiness(int i) {
        int busy = BUSY_BUSINESSES * BUSY_VISITS;
        return i < busy ? i / BUSY_VISITS : BUSY_BUSINESSES + (i - busy) % (BUSINESSES - BUSY_BUSINESSES);
    }
}
