package org.groundwork.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;

/**
 * A fixed, hand-countable data set for the report tests: four businesses owned by one fresh staff member, so a
 * report filtered to that owner sees exactly these rows whatever else the shared test database holds. The
 * expected figures for Q2 2019 (against Q1 2019) are worked out in the comments and asserted by the tests.
 */
final class ReportFixture {

    static final Period Q2_2019 = Period.quarter(2019, 2);

    final UserAccount owner;
    final UserAccount colleague;
    final long alder;
    final long birch;
    final long cedar;
    final long issueId;
    private final ReportFixtures rows;

    /** Written by JDBC, so the visit tally is brought up to date for these businesses at the end, as a write would. */
    ReportFixture(ReportFixtures rows) {
        this.rows = rows;
        String suffix = Long.toString(System.nanoTime(), 36);
        owner = rows.accounts().ensure("rpt-owner-" + suffix, Role.STAFF);
        colleague = rows.accounts().ensure("rpt-colleague-" + suffix, Role.STAFF);
        // Key companies: Alder, Birch and Dogwood; Dogwood is never visited.
        alder = business("Alder Mills " + suffix, "MANUFACTURING", "A", true);
        birch = business("Birch Foods " + suffix, "MANUFACTURING", "B", true);
        cedar = business("Cedar Retail " + suffix, "RETAIL", "C", false);
        long dogwood = business("Dogwood Outlet " + suffix, "RETAIL", "A", true);
        // Q2: 4 completed visits at 3 businesses, 5.0 hours, satisfaction 5, 4, 4 (one unrated). Q1: 1 visit.
        visit(alder, "2019-04-10", owner.getId(), "2.0", 5, "COMPLETED");
        visit(alder, "2019-05-20", colleague.getId(), "1.5", 4, "COMPLETED");
        visit(birch, "2019-06-30", owner.getId(), "1.0", 4, "COMPLETED");
        visit(cedar, "2019-06-01", owner.getId(), "0.5", null, "COMPLETED");
        visit(cedar, "2019-06-15", owner.getId(), null, null, "PLANNED");
        visit(alder, "2019-02-01", owner.getId(), "1.0", 3, "COMPLETED");
        // Flags. Q2 raised 3; resolved 2, of which 1 within 30 days (the seeded standard for resolving). Open at the end of Q2: Cedar red (60 days),
        // Alder yellow (20 days). Q1 raised 1, resolved none.
        flag(alder, "RED", "Lease ends soon", "2019-03-20", "2019-04-10");
        flag(birch, "YELLOW", "Sales falling", "2019-04-05", "2019-06-20");
        flag(cedar, "RED", "Owner retiring without a plan", "2019-05-01", null);
        flag(alder, "YELLOW", "Hiring trouble", "2019-06-10", "2019-07-05");
        followUp(cedar, "Call about the succession plan", "2019-07-15", "OPEN");
        followUp(cedar, "Send the grant list", "2019-05-10", "DONE");
        // Opportunities closed in Q2: Expansion won (10 projected, 8 realized, 20 retained, 500,000 projected,
        // 450,000 realized), Hiring won (5 projected, 6 realized), Expansion lost. Q1: Hiring won, 2 jobs.
        opportunity(alder, "EXPANSION", "WON", "2019-05-15", 10, 8, 20, "500000", "450000");
        opportunity(birch, "HIRING", "WON", "2019-06-01", 5, 6, 0, null, null);
        opportunity(cedar, "EXPANSION", "LOST", "2019-04-20", 3, null, null, null, null);
        opportunity(alder, "HIRING", "WON", "2019-02-10", 2, 2, 0, null, null);
        // Employees: Alder 100 → 110 (+10), Birch 50 → 45 (−5), Cedar has no count before Q2 (no change known).
        employees(alder, "2018-12-31", 100);
        employees(alder, "2019-06-01", 110);
        employees(birch, "2019-01-15", 50);
        employees(birch, "2019-05-01", 45);
        employees(cedar, "2019-05-01", 20);
        // One issue touching all three visited businesses; action plan: one done, one open, one dropped.
        issueId = rows.insert("insert into macro_issue (version, created_at, updated_at, board, title, category,"
                + " status, heat_businesses, heat_employees, heat_red_flags, heat_score) values (0, :now, :now, 'main',"
                + " :title, 'BROADBAND', 'ACTIVE', 0, 0, 0, 0)", "title", "Broadband gap " + suffix);
        for (long business : new long[] {alder, birch, cedar}) {
            rows.jdbc().sql("insert into issue_business_link (version, created_at, updated_at, issue_id, business_id,"
                            + " severity) values (0, :now, :now, :issue, :business, 'HIGH')")
                    .param("now", LocalDateTime.now()).param("issue", issueId).param("business", business).update();
        }
        for (String status : new String[] {"DONE", "OPEN", "DROPPED"}) {
            rows.jdbc().sql("insert into issue_action_item (version, created_at, updated_at, issue_id, description,"
                            + " status) values (0, :now, :now, :issue, 'Survey', :status)")
                    .param("now", LocalDateTime.now()).param("issue", issueId).param("status", status).update();
        }
        rows.visits().refresh(List.of(alder, birch, cedar, dogwood));
    }

    ReportFilter ownerFilter(Comparison comparison) {
        return new ReportFilter(Q2_2019, comparison, null, null, owner.getId());
    }

    private long business(String name, String sector, String tier, boolean key) {
        return rows.insert("insert into business (version, created_at, updated_at, legal_name, normalized_name, sector,"
                + " tier, key_company, owner_id, local_ownership, facility_tenure, consent_to_name, status,"
                + " risk_level, open_red_flags, open_yellow_flags) values (0, :now, :now, :name, :normalized,"
                + " :sector, :tier, :key, :owner, 'UNKNOWN', 'UNKNOWN', false, 'ACTIVE', 'NONE', 0, 0)",
                "name", name, "normalized", name.toLowerCase(), "sector", sector, "tier", tier, "key", key,
                "owner", owner.getId());
    }

    private void visit(long business, String date, Long lead, String hours, Integer satisfaction, String status) {
        long id = rows.insert("insert into visit (version, created_at, updated_at, business_id, visit_date, channel,"
                + " status, interaction, lead_staff_id, duration_hours, satisfaction) values (0, :now, :now,"
                + " :business, :date, 'ON_SITE', :status, false, :lead, :hours, :satisfaction)",
                "business", business, "date", LocalDate.parse(date), "status", status, "lead", lead,
                "hours", hours == null ? null : new BigDecimal(hours), "satisfaction", satisfaction);
        rows.jdbc().sql("insert into visit_staff (visit_id, user_id) values (:visit, :user)")
                .param("visit", id).param("user", lead).update();
    }

    private void flag(long business, String colour, String message, String raised, String resolved) {
        rows.insert("insert into flag (version, created_at, updated_at, business_id, colour, message, origin, status,"
                + " raised_at, resolved_at) values (0, :now, :now, :business, :colour, :message, 'MANUAL', :status,"
                + " :raised, :resolved)", "business", business, "colour", colour, "message", message,
                "status", resolved == null ? "OPEN" : "RESOLVED", "raised", noon(raised),
                "resolved", resolved == null ? null : noon(resolved));
    }

    private void followUp(long business, String description, String due, String status) {
        rows.insert("insert into follow_up (version, created_at, updated_at, business_id, description, owner_staff_id,"
                + " due_date, status, requested_at) values (0, :now, :now, :business, :description, :owner, :due,"
                + " :status, :requested)", "business", business, "description", description, "owner", owner.getId(),
                "due", LocalDate.parse(due), "status", status, "requested", noon("2019-05-02"));
    }

    private void opportunity(long business, String type, String stage, String actual, Integer projected,
                             Integer realized, Integer retained, String investment, String realizedInvestment) {
        rows.insert("insert into opportunity (version, created_at, updated_at, business_id, title, type, stage,"
                + " projected_jobs, realized_jobs, retained_jobs, capital_investment, realized_investment,"
                + " actual_date) values (0, :now, :now, :business, 'Growth', :type, :stage, :projected, :realized,"
                + " :retained, :investment, :realizedInvestment, :actual)", "business", business, "type", type,
                "stage", stage, "projected", projected, "realized", realized, "retained", retained,
                "investment", investment == null ? null : new BigDecimal(investment),
                "realizedInvestment", realizedInvestment == null ? null : new BigDecimal(realizedInvestment),
                "actual", LocalDate.parse(actual));
    }

    private void employees(long business, String asOf, int count) {
        rows.insert("insert into employee_count (version, created_at, updated_at, business_id, as_of, employees)"
                + " values (0, :now, :now, :business, :asOf, :count)", "business", business,
                "asOf", LocalDate.parse(asOf), "count", count);
    }

    /** Noon in the system zone (the test clock's), written as UTC the way the app stores instants. */
    private static LocalDateTime noon(String day) {
        return BusinessScope.utc(LocalDate.parse(day), java.time.ZoneId.systemDefault()).plusHours(12);
    }
}
