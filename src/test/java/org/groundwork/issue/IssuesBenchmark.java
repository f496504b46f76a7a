package org.groundwork.issue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.groundwork.base.AuditService;
import org.groundwork.business.Sector;
import org.groundwork.opportunity.OpportunityFilter;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5,000 macro-issues linked to 100,000 businesses (each business on one issue, every fifth on a second: 120,000
 * links), plus 50,000 opportunities, written with bulk JDBC inserts; then the server time of what the issue
 * board, the heat ranking, an issue page and the pipeline board ask of their services.
 */
@GroundworkTest
@Tag("benchmark")
class IssuesBenchmark {

    private static final int BUSINESSES = 100_000;
    private static final int ISSUES = 5_000;
    private static final int OPPORTUNITIES = 50_000;
    private static final int BATCH = 2_000;
    private static final String MARKER = "Benchmark issue ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MacroIssueService issues;
    @Autowired
    IssueHeatService heat;
    @Autowired
    IssueLinkService links;
    @Autowired
    ActionPlanService actionPlans;
    @Autowired
    IssueCommentService comments;
    @Autowired
    AuditService audit;
    @Autowired
    OpportunityService opportunities;
    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void signIn() {
        accounts.signIn("benchmark-issues", Role.STAFF);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void boardsHeatAndIssuePageAtScale() {
        long firstIssue = seed();
        long extraBusiness = jdbc.queryForObject("select max(id) from business", Long.class);
        Stopwatch.section("Opportunities and macro-issues: 5,000 issues, 100,000 businesses, 120,000 links, "
                + "50,000 opportunities");
        Stopwatch.measure("Store every issue's heat (the 5-minute refresh, 5,000 issues)", 0, 1, heat::refreshAll);
        Stopwatch.measure("Issue board (5 columns of 50 cards with heat, counts)", 3, 20, () -> issues.board(50));
        Stopwatch.measure("Heat ranking, first page of 50 + count", 3, 20, () -> {
            heat.count(IssueFilter.all());
            return heat.ranking(IssueFilter.all(), PageRequest.of(0, 50));
        });
        Stopwatch.measure("Heat ranking filtered to one status, first page", 3, 20,
                () -> heat.ranking(new IssueFilter(null, null, IssueStatus.ACTIVE), PageRequest.of(0, 50)));
        Stopwatch.measure("Issue page (issue, heat, 25 linked businesses, count, sectors, plan, comments, history)",
                3, 20, () -> issuePage(firstIssue + ISSUES / 2));
        long middle = firstIssue + ISSUES / 2;
        Stopwatch.measure("  of which: live heat of the issue", 3, 20, () -> heat.of(issues.get(middle)));
        Stopwatch.measure("  of which: 25 linked businesses + count", 3, 20, () -> {
            links.countLinkedTo(middle);
            return links.linkedTo(middle, PageRequest.of(0, 25));
        });
        Stopwatch.measure("  of which: counts by sector", 3, 20, () -> links.sectorCounts(middle));
        Stopwatch.measure("  of which: history (audit trail)", 3, 20,
                () -> audit.historyOf("MacroIssue", middle, PageRequest.of(0, 20)));
        Stopwatch.measure("Linking a business (with the issue's heat stored again)", 3, 20, () -> {
            BusinessLink link = links.link(middle, LinkRequest.of(extraBusiness, Severity.LOW));
            links.unlink(link.getId());
            return link;
        });
        Stopwatch.measure("Issue list, filtered by text, first page + count", 3, 20, () -> {
            issues.count(new IssueFilter("4999", null, null));
            return issues.search(new IssueFilter("4999", null, null), PageRequest.of(0, 50));
        });
        Stopwatch.measure("Pipeline board (totals + 5 columns of 50)", 3, 20, () -> {
            opportunities.totals();
            for (OpportunityStage stage : OpportunityStage.values()) {
                opportunities.search(new OpportunityFilter(null, stage, null, null), PageRequest.of(0, 50));
            }
            return null;
        });
    }

    private Object issuePage(long id) {
        MacroIssue issue = issues.get(id);
        heat.of(issue);
        links.linkedTo(id, PageRequest.of(0, 25));
        links.countLinkedTo(id);
        links.sectorCounts(id);
        actionPlans.itemsOf(id);
        comments.commentsOn(id);
        return audit.historyOf("MacroIssue", id, PageRequest.of(0, 20));
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
                + "'UNKNOWN', false, false, 'ACTIVE', 'NONE', ?, 0, ?)", BUSINESSES, i -> new Object[] {now, now,
                "Benchmark Business " + i, "benchmarkbusiness" + i, sectors[i % sectors.length].name(),
                i % 37 == 0 ? 1 : 0, 5 + i % 400});
        IssueCategory[] categories = IssueCategory.values();
        IssueStatus[] statuses = IssueStatus.values();
        insert("insert into macro_issue (version, created_at, updated_at, board, title, category, status) "
                + "values (0, ?, ?, 'main', ?, ?, ?)", ISSUES, i -> new Object[] {now, now, MARKER + i,
                categories[i % categories.length].name(), statuses[i % statuses.length].name()});
        long firstBusiness = jdbc.queryForObject("select min(id) from business where legal_name like "
                + "'Benchmark Business %'", Long.class);
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
        insert("insert into issue_action_item (version, created_at, updated_at, issue_id, description, status) "
                + "values (0, ?, ?, ?, ?, 'OPEN')", ISSUES * 3, i -> new Object[] {now, now,
                firstIssue + i % ISSUES, "Step " + i});
        OpportunityStage[] stages = OpportunityStage.values();
        insert("insert into opportunity (version, created_at, updated_at, business_id, title, type, stage, "
                + "projected_jobs, capital_investment) values (0, ?, ?, ?, ?, 'EXPANSION', ?, ?, ?)", OPPORTUNITIES,
                i -> new Object[] {now, now, firstBusiness + i * 2L, "Benchmark opportunity " + i,
                        stages[i % stages.length].name(), i % 40, BigDecimal.valueOf(10_000L * (i % 90))});
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
