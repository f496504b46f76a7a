package org.groundwork.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the suite runs with {@code -Pmysql}, gives it a schema of its own on the MySQL-compatible server: created
 * before the first test, dropped after the last, so runs never see each other's data. The server is
 * {@code GROUNDWORK_TEST_MYSQL} (default 127.0.0.1:3306) as {@code GROUNDWORK_DB_USER} (default root).
 */
public class MysqlTestSchema implements LauncherSessionListener {

    private String schema;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("groundwork.test.mysql")) {
            return;
        }
        schema = "gw_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss")) + "_"
                + ProcessHandle.current().pid();
        execute("create database " + schema + " character set utf8mb4 collate utf8mb4_unicode_ci");
        System.setProperty("GROUNDWORK_DB_URL", "jdbc:mysql://" + server() + "/" + schema
                + "?useUnicode=true&characterEncoding=utf8");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (schema != null) {
            execute("drop database if exists " + schema);
        }
    }

    private static String server() {
        return System.getenv().getOrDefault("GROUNDWORK_TEST_MYSQL", "127.0.0.1:3306");
    }

    private static void execute(String sql) {
        String user = System.getenv().getOrDefault("GROUNDWORK_DB_USER", "root");
        String password = System.getenv().getOrDefault("GROUNDWORK_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + server() + "/", user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL test schema: '" + sql + "' failed on " + server()
                    + ". Is the server running? " + e.getMessage(), e);
        }
    }
}
