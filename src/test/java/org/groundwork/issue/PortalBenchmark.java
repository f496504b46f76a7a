package org.groundwork.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.groundwork.business.Sector;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5,000 macro-issues, 500 of them shared with one organization, 100,000 businesses (every third consenting to be
 * named) linked to them, three action items and two comments per issue, written with bulk JDBC inserts; then the
 * server time of what a partner's board, an issue page and a partner's search ask of the portal services.
 */
@GroundworkTest
@Tag("benchmark")
class PortalBenchmark {

    private static final int BUSINESSES = 100_000;
    private static final int ISSUES = 5_000;
    private static final int SHARED = 500;
    private static final int BATCH = 2_000;
    private static final String MARKER = "Portal benchmark issue ";
    private static final String ORGANIZATION = "Portal benchmark organization";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerPortalService portal;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void partnersBoardIssuePageAndSearchAtScale() {
        long firstIssue = seed();
        long organization = jdbc.queryForObject("select id from partner_organization where name = ?", Long.class,
                ORGANIZATION);
        UserAccount partner = accounts.ensurePartner("benchmark-partner", organization);
        accounts.signIn(partner);
        Stopwatch.section("Partner portal: 5,000 issues (500 shared with the partner's organization), 100,000 "
                + "businesses, 120,000 links");
        Stopwatch.measure("Partner's board (5 columns of up to 50 cards + counts, list page + count)", 3, 20,
                this::board);
        long shared = firstIssue + 10L * (SHARED / 2);
        Stopwatch.measure("Partner's issue page (issue, totals, sectors, named businesses, plan, comments)", 3, 20,
                () -> portal.issue(shared).orElseThrow());
        Stopwatch.measure("Partner's search: a title", 3, 20, () -> portal.search("issue 4990", 20));
        Stopwatch.measure("Partner's search: a consenting business's name", 3, 20,
                () -> portal.search("Portal Business 1200", 20));
    }

    private Object board() {
        for (IssueStatus status : IssueStatus.values()) {
            IssueFilter column = new IssueFilter(null, null, status);
            portal.sharedIssues(column, PageRequest.of(0, 50));
            portal.countSharedIssues(column);
        }
        portal.countSharedIssues(IssueFilter.all());
        return portal.sharedIssues(IssueFilter.all(), PageRequest.of(0, 50));
    }

    /** Inserts the data once per database; returns the id of the first benchmark issue. */
    private long seed() {
        Long existing = jdbc.queryForObject("select min(id) from macro_issue where title like ?", Long.class,
                MARKER + "%");
        if (existing != null) {
            return existing;
        }
        Timestamp now = Timestamp.from(Instant.now());
        Sector[] sectors = Sector.values();
        insert("insert into business (version, created_at, updated_at, legal_name, normalized_name, sector, "
                + "local_ownership, facility_tenure, key_company, consent_to_name, status, risk_level, "
                + "open_red_flags, open_yellow_flags, current_employees) values (0, ?, ?, ?, ?, ?, 'UNKNOWN', "
                + "'UNKNOWN', false, ?, 'ACTIVE', 'NONE', ?, 0, ?)", BUSINESSES, i -> new Object[] {now, now,
                "Portal Business " + i, "portalbusiness" + i, sectors[i % sectors.length].name(), i % 3 == 0,
                i % 37 == 0 ? 1 : 0, 5 + i % 400});
        IssueCategory[] categories = IssueCategory.values();
        IssueStatus[] statuses = IssueStatus.values();
        insert("insert into macro_issue (version, created_at, updated_at, board, title, category, status) "
                + "values (0, ?, ?, 'main', ?, ?, ?)", ISSUES, i -> new Object[] {now, now, MARKER + i,
                categories[i % categories.length].name(), statuses[i % statuses.length].name()});
        long firstBusiness = jdbc.queryForObject("select min(id) from business where legal_name like "
                + "'Portal Business %'", Long.class);
        long firstIssue = jdbc.queryForObject("select min(id) from macro_issue where title like ?", Long.class,
                MARKER + "%");
        Severity[] severities = Severity.values();
        insert("insert into issue_business_link (version, created_at, updated_at, issue_id, business_id, severity) "
                + "values (0, ?, ?, ?, ?, ?)", BUSINESSES + BUSINESSES / 5, i -> {
                    int business = i < BUSINESSES ? i : (i - BUSINESSES) * 5;
                    int issue = i < BUSINESSES ? business % ISSUES : (business + 1) % ISSUES;
                    return new Object[] {now, now, firstIssue + issue, firstBusiness + business,
                            severities[i % 3].name()};
                });
        jdbc.update("insert into partner_organization (version, created_at, updated_at, name, type) "
                + "values (0, ?, ?, ?, 'CHAMBER')", now, now, ORGANIZATION);
        long organization = jdbc.queryForObject("select id from partner_organization where name = ?", Long.class,
                ORGANIZATION);
        insert("insert into issue_share (version, created_at, updated_at, organization_id, issue_id, permission) "
                + "values (0, ?, ?, ?, ?, 'WORK')", SHARED, i -> new Object[] {now, now, organization,
                firstIssue + i * 10L});
        insert("insert into issue_action_item (version, created_at, updated_at, issue_id, description, status, "
                + "owner_organization_id) values (0, ?, ?, ?, ?, 'OPEN', ?)", ISSUES * 3, i -> new Object[] {now,
                now, firstIssue + i % ISSUES, "Step " + i, i % 2 == 0 ? organization : null});
        insert("insert into issue_comment (version, created_at, updated_at, issue_id, author, body, visibility) "
                + "values (0, ?, ?, ?, 'benchmark', ?, ?)", ISSUES * 2, i -> new Object[] {now, now,
                firstIssue + i % ISSUES, "Comment " + i, i % 2 == 0 ? "SHARED" : "INTERNAL"});
        return firstIssue;
    }

    private void insert(String sql, int rows, IntFunction<Object[]> row) {
        for (int start = 0; start < rows; start += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(rows, start + BATCH); i++) {
                batch.add(row.apply(i));
            }
            jdbc.batchUpdate(sql, batch);
        }
    }
}
