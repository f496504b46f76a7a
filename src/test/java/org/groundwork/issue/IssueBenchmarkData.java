package org.groundwork.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.groundwork.business.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The macro-issue benchmarks' common data, written with bulk JDBC batches: 100,000 businesses, 5,000 issues
 * (at {@link #SCALE} 1)
 * spread over the statuses and categories, 120,000 links (each business on one issue, every fifth on a second)
 * and three action items per issue. Each benchmark names its rows with its own prefixes, so they can share one
 * database, and seeds only once per database.
 */
final class IssueBenchmarkData {

    /** {@code -Dbenchmark.scale=0.02} runs a benchmark small, to prove it works; figures are taken at 1. */
    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    static final int BUSINESSES = Math.max(500, (int) (100_000 * SCALE));
    static final int ISSUES = Math.max(50, (int) (5_000 * SCALE));
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final String issuePrefix;
    private final String businessPrefix;
    final Timestamp now = Timestamp.from(Instant.now());

    /** Issues are titled {@code issuePrefix + n}, businesses named {@code businessPrefix + n}. */
    IssueBenchmarkData(JdbcTemplate jdbc, String issuePrefix, String businessPrefix) {
        this.jdbc = jdbc;
        this.issuePrefix = issuePrefix;
        this.businessPrefix = businessPrefix;
    }

    /** The id of the first issue when an earlier run seeded this database, else null. */
    Long firstIssue() {
        return jdbc.queryForObject("select min(id) from macro_issue where title like ?", Long.class,
                issuePrefix + "%");
    }

    /**
     * Writes the businesses ({@code consents} says which of them agreed to be named to partners), issues, links and
     * action items ({@code owner} gives the organization owning the n-th, or null); returns the first issue's id.
     */
    long seed(IntPredicate consents, IntFunction<Long> owner) {
        Sector[] sectors = Sector.values();
        insert("insert into business (version, created_at, updated_at, legal_name, normalized_name, sector, "
                + "local_ownership, facility_tenure, key_company, consent_to_name, status, risk_level, "
                + "open_red_flags, open_yellow_flags, current_employees) values (0, ?, ?, ?, ?, ?, 'UNKNOWN', "
                + "'UNKNOWN', false, ?, 'ACTIVE', 'NONE', ?, 0, ?)", BUSINESSES, i -> new Object[] {now, now,
                businessPrefix + i, (businessPrefix + i).replaceAll("[^A-Za-z0-9]", "").toLowerCase(),
                sectors[i % sectors.length].name(), consents.test(i), i % 37 == 0 ? 1 : 0, 5 + i % 400});
        IssueCategory[] categories = IssueCategory.values();
        IssueStatus[] statuses = IssueStatus.values();
        insert("insert into macro_issue (version, created_at, updated_at, board, title, category, status) "
                + "values (0, ?, ?, 'main', ?, ?, ?)", ISSUES, i -> new Object[] {now, now, issuePrefix + i,
                categories[i % categories.length].name(), statuses[i % statuses.length].name()});
        long firstBusiness = jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class,
                businessPrefix + "%");
        long firstIssue = firstIssue();
        Severity[] severities = Severity.values();
        insert("insert into issue_business_link (version, created_at, updated_at, issue_id, business_id, severity) "
                + "values (0, ?, ?, ?, ?, ?)", BUSINESSES + BUSINESSES / 5, i -> {
                    int business = i < BUSINESSES ? i : (i - BUSINESSES) * 5;
                    int issue = i < BUSINESSES ? business % ISSUES : (business + 1) % ISSUES;
                    return new Object[] {now, now, firstIssue + issue, firstBusiness + business,
                            severities[i % 3].name()};
                });
        insert("insert into issue_action_item (version, created_at, updated_at, issue_id, description, status, "
                + "owner_organization_id) values (0, ?, ?, ?, ?, 'OPEN', ?)", ISSUES * 3, i -> new Object[] {now,
                now, firstIssue + i % ISSUES, "Step " + i, owner.apply(i)});
        return firstIssue;
    }

    long firstBusiness() {
        return jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class,
                businessPrefix + "%");
    }

    void insert(String sql, int rows, IntFunction<Object[]> row) {
        for (int start = 0; start < rows; start += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(rows, start + BATCH); i++) {
                batch.add(row.apply(i));
            }
            jdbc.batchUpdate(sql, batch);
        }
    }
}
