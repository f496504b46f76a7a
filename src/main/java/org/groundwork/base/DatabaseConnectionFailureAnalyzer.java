package org.groundwork.base;

import java.sql.SQLException;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach the database" at start-up into a message that names the settings to fix, instead of
 * leaving the reader with only a stack trace.
 */
@RequiredArgsConstructor
class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final String CONNECTION_FAILURE = "08";
    private static final String BAD_CREDENTIALS = "28";

    private final Environment environment;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        if (!state.startsWith(CONNECTION_FAILURE) && !state.startsWith(BAD_CREDENTIALS)) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(not set)");
        String user = environment.getProperty("spring.datasource.username", "(not set)");
        String description = "Groundwork could not connect to its database at " + url + " as user '" + user
                + "': " + cause.getMessage();
        String action = state.startsWith(BAD_CREDENTIALS)
                ? "Set GROUNDWORK_DB_USER and GROUNDWORK_DB_PASSWORD to an account the database accepts."
                : "Start the database server, or set GROUNDWORK_DB_URL to where it runs (for MySQL, e.g. "
                  + "jdbc:mysql://127.0.0.1:3306/groundwork?createDatabaseIfNotExist=true), and check "
                  + "GROUNDWORK_DB_USER and GROUNDWORK_DB_PASSWORD. Without the 'mysql' profile Groundwork "
                  + "uses its embedded database and needs no server.";
        return new FailureAnalysis(description, action, cause);
    }
}
