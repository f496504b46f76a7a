package org.groundwork.issue;

import java.math.BigDecimal;
import org.groundwork.base.AuditService;
import org.groundwork.opportunity.OpportunityFilter;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.security.Role;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.Stopwatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 5,000 macro-issues linked to 100,000 businesses (each business on one issue, every fifth on a second: 120,000
 * links, IssueBenchmarkData), plus 50,000 opportunities, written with bulk JDBC inserts; then the server time of what the issue
 * board, the heat ranking, an issue page and the pipeline board ask of their services.
 */
@GroundworkTest
@SignedInAs(username = "benchmark-issues", roles = Role.STAFF)
@Tag("benchmark")
class IssuesBenchmark {

    private static final int ISSUES = IssueBenchmarkData.ISSUES;
    private static final int OPPORTUNITIES = 50_000;
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
        IssueBenchmarkData data = new IssueBenchmarkData(jdbc, MARKER, "Benchmark Business ");
        Long existing = data.firstIssue();
        if (existing != null) {
            return existing;
        }
        long firstIssue = data.seed(i -> false, i -> null);
        long firstBusiness = data.firstBusiness();
        OpportunityStage[] stages = OpportunityStage.values();
        data.insert("insert into opportunity (version, created_at, updated_at, business_id, title, type, stage, "
                + "projected_jobs, capital_investment) values (0, ?, ?, ?, ?, 'EXPANSION', ?, ?, ?)", OPPORTUNITIES,
                i -> new Object[] {data.now, data.now, firstBusiness + i * 2L, "Benchmark opportunity " + i,
                        stages[i % stages.length].name(), i % 40, BigDecimal.valueOf(10_000L * (i % 90))});
        return firstIssue;
    }
}
