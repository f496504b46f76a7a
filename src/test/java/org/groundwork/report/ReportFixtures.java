package org.groundwork.report;

import org.groundwork.security.TestAccounts;
import org.groundwork.visit.tally.VisitTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Makes a fresh {@link ReportFixture} for each report test. */
@Component
record ReportFixtures(JdbcClient jdbc, TestAccounts accounts, VisitTally tally) {

    ReportFixture create() {
        return new ReportFixture(jdbc, accounts, tally);
    }
}
