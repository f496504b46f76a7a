package org.groundwork.issue;

import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5,000 macro-issues, 500 of them shared with one organization, 100,000 businesses (scaled by
 * {@code -Dbenchmark.scale}, see {@link IssueBenchmarkData#SCALE}) (every third consenting to be
 * named) linked to them, three action items and two comments per issue (IssueBenchmarkData); then the
 * server time of what a partner's board, an issue page and a partner's search ask of the portal services.
 */
@GroundworkTest
@Tag("benchmark")
class PortalBenchmark {

    private static final int ISSUES = IssueBenchmarkData.ISSUES;
    private static final int SHARED = ISSUES / 10;
    private static final String MARKER = "Portal benchmark issue ";
    private static final String ORGANIZATION = "Portal benchmark organization";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PartnerPortalService portal;
    @Autowired
    TestAccounts accounts;

    @Test
    void partnersBoardIssuePageAndSearchAtScale() {
        long firstIssue = seed();
        long organization = jdbc.queryForObject("select id from partner_organization where name = ?", Long.class,
                ORGANIZATION);
        UserAccount partner = accounts.ensurePartner("benchmark-partner", organization);
        accounts.signIn(partner);
        Stopwatch.section(String.format("Partner portal: %,d issues (%,d shared with the partner's organization), "
                + "%,d businesses, %,d links", ISSUES, SHARED, IssueBenchmarkData.BUSINESSES,
                IssueBenchmarkData.BUSINESSES + IssueBenchmarkData.BUSINESSES / 5));
        Stopwatch.measure("Partner's board (5 columns of up to 50 cards + counts, list page + count)", 3, 20,
                this::board);
        long shared = firstIssue + 10L * (SHARED / 2);
        Stopwatch.measure("Partner's issue page (issue, totals, sectors, named businesses, plan, comments)", 3, 20,
                () -> portal.issue(shared).orElseThrow());
        Stopwatch.measure("Partner's search: a title", 3, 20, () -> portal.search("issue " + (ISSUES - 10), 20));
        // A consenting business (every third) linked to a shared issue (every tenth): 1,200 at full size.
        int business = 30 * Math.max(1, ISSUES / 125);
        Stopwatch.measure("Partner's search: a consenting business's name", 3, 20,
                () -> portal.search("Portal Business " + business, 20));
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

    /**
     * Inserts the data once per database: the issues' common data (every third business consenting, every other
     * action item owned by the organization), the organization, its 500 shares and two comments per issue, one
     * shared and one internal. Returns the id of the first benchmark issue.
     */
    private long seed() {
        IssueBenchmarkData data = new IssueBenchmarkData(jdbc, MARKER, "Portal Business ");
        Long existing = data.firstIssue();
        if (existing != null) {
            return existing;
        }
        jdbc.update("insert into partner_organization (version, created_at, updated_at, name, type) "
                + "values (0, ?, ?, ?, 'CHAMBER')", data.now, data.now, ORGANIZATION);
        long organization = jdbc.queryForObject("select id from partner_organization where name = ?", Long.class,
                ORGANIZATION);
        long firstIssue = data.seed(i -> i % 3 == 0, i -> i % 2 == 0 ? organization : null);
        data.insert("insert into issue_share (version, created_at, updated_at, organization_id, issue_id, "
                + "permission) values (0, ?, ?, ?, ?, 'WORK')", SHARED, i -> new Object[] {data.now, data.now,
                organization, firstIssue + i * 10L});
        data.insert("insert into issue_comment (version, created_at, updated_at, issue_id, author, body, "
                + "visibility) values (0, ?, ?, ?, 'benchmark', ?, ?)", ISSUES * 2, i -> new Object[] {data.now,
                data.now, firstIssue + i % ISSUES, "Comment " + i, i % 2 == 0 ? "SHARED" : "INTERNAL"});
        return firstIssue;
    }
}
