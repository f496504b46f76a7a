package org.groundwork.report;

import java.time.LocalDateTime;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.TestVisits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Makes a fresh {@link ReportFixture} for each report test, and the rows report tests write straight to the tables. */
@Component
record ReportFixtures(JdbcClient jdbc, TestAccounts accounts, TestVisits visits) {

    ReportFixture create() {
        return new ReportFixture(this);
    }

    /** Inserts one row with these named parameters (and {@code :now}), and gives its generated id. */
    long insert(String sql, Object... namesAndValues) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("now", LocalDateTime.now());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
