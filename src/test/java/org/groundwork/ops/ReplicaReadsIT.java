package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.groundwork.base.ReportFormat;
import org.groundwork.report.ReportDefinition;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccessRow;
import org.groundwork.security.UserAdminService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Run by {@code ops/replica.sh} against a real MariaDB primary and replica; skipped elsewhere (and then never
 * starts a Spring context). Pausing the replica's SQL thread makes the two databases differ, which shows where
 * each read went.
 */
@GroundworkTest
@EnabledIfEnvironmentVariable(named = "GROUNDWORK_DB_REPLICA_URL", matches = ".+")
class ReplicaReadsIT {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdminService users;
    @Autowired
    List<ReportDefinition> reports;

    @AfterEach
    void resumeReplication() throws SQLException {
        onReplica("start slave sql_thread");
        accounts.signOut();
    }

    @Test
    void reportsReadTheReplicaAndWritesOnThePrimaryReachIt() throws SQLException {
        accounts.signIn("replica-check-admin", Role.ADMIN);
        waitFor(() -> reportLists("replica-check-admin"), "the admin written on the primary to reach the replica");

        onReplica("stop slave sql_thread");
        accounts.ensure("written-while-paused", Role.STAFF);

        assertThat(users.search("written-while-paused", PageRequest.of(0, 10))).hasSize(1);
        assertThat(reportLists("written-while-paused")).as("the report reads the paused replica").isFalse();
        byte[] pdf = reports.stream().filter(r -> r.title().equals("Users and access")).findFirst().orElseThrow()
                .render(null, ReportFormat.PDF).content();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");

        onReplica("start slave sql_thread");
        waitFor(() -> reportLists("written-while-paused"), "the write to reach the replica once it runs again");
    }

    private boolean reportLists(String username) {
        return users.accessReport().stream().map(UserAccessRow::username).anyMatch(username::equals);
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void onReplica(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("GROUNDWORK_DB_REPLICA_URL"),
                "root", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
