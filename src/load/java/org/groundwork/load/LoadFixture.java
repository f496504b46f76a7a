package org.groundwork.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the load test writes into the node's database before the run ({@code -Dload.jdbc}; for the embedded
 * database the node must run with {@code ;AUTO_SERVER=TRUE} in its URL so a second process can connect):
 * <ul>
 * <li>one account per simulated user, a copy of the demo's {@code staff}, {@code director} or {@code partner}
 * (same password, roles and organization) named {@code <role>-load-<user id>}: staff are different people, and
 * sign-in throttling rightly delays many parallel sign-ins of one name from one address;</li>
 * <li>planned visits in the past (the app refuses to complete a future one) on the standard questionnaire's newest
 * version, led by each simulated staff member, handed out once each.</li>
 * </ul>
 */
final class LoadFixture {

    private final Map<String, Queue<Long>> visits = new ConcurrentHashMap<>();

    void create(String jdbcUrl, String user, String password, int users, int visitsPerStaff) {
        String marker = "load-test " + Instant.now();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            for (String role : List.of("staff", "director", "partner")) {
                for (int id = 1; id <= users; id++) {
                    copyAccount(db, role, username(role, id), marker);
                }
            }
            long templateId = single(db, "select id from interview_template where template_key = ?"
                    + " order by version_number desc", "standard-bre");
            List<Long> businesses = ids(db, "select id from business where archived_at is null order by id", "", 50);
            for (int id = 1; id <= users; id++) {
                String staff = username("staff", id);
                long staffId = single(db, "select id from user_account where username = ?", staff);
                insertVisits(db, staffId, templateId, businesses, visitsPerStaff, marker);
                visits.put(staff, new ConcurrentLinkedQueue<>(ids(db, "select id from visit where created_by = ?"
                        + " and lead_staff_id = " + staffId + " order by id", marker, visitsPerStaff)));
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the load test's fixture to " + jdbcUrl, e);
        }
    }

    static String username(String role, long userId) {
        return role + "-load-" + userId;
    }

    /** A planned visit of the past led by {@code staff} that no round has taken yet, or null when all are taken. */
    Long take(String staff) {
        Queue<Long> open = visits.get(staff);
        return open == null ? null : open.poll();
    }

    private static void copyAccount(Connection db, String from, String to, String marker) throws SQLException {
        if (!ids(db, "select id from user_account where username = ?", to, 1).isEmpty()) {
            return;  // an earlier run on the same database wrote it
        }
        try (PreparedStatement account = db.prepareStatement("insert into user_account (version, created_at,"
                + " created_by, updated_at, updated_by, username, full_name, email, password_hash, enabled,"
                + " must_change_password, organization_id, security_stamp) select 0, created_at, ?, updated_at, ?, ?,"
                + " full_name, ?, password_hash, enabled, must_change_password, organization_id, security_stamp"
                + " from user_account where username = ?");
             PreparedStatement roles = db.prepareStatement("insert into user_role (user_id, role) select"
                + " (select id from user_account where username = ?), role from user_role"
                + " where user_id = (select id from user_account where username = ?)")) {
            account.setString(1, marker);
            account.setString(2, marker);
            account.setString(3, to);
            account.setString(4, to + "@load.example");
            account.setString(5, from);
            account.executeUpdate();
            roles.setString(1, to);
            roles.setString(2, from);
            roles.executeUpdate();
        }
    }

    private static void insertVisits(Connection db, long staffId, long templateId, List<Long> businesses, int count,
                                     String marker) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = db.prepareStatement("insert into visit (version, created_at, created_by,"
                + " updated_at, updated_by, business_id, template_id, visit_date, channel, status, interaction,"
                + " lead_staff_id) values (0, ?, ?, ?, ?, ?, ?, ?, 'ON_SITE', 'PLANNED', false, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setTimestamp(1, now);
                insert.setString(2, marker);
                insert.setTimestamp(3, now);
                insert.setString(4, marker);
                insert.setLong(5, businesses.get((int) ((staffId + i) % businesses.size())));
                insert.setLong(6, templateId);
                insert.setObject(7, LocalDate.now().minusDays(1 + i % 30));
                insert.setLong(8, staffId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long single(Connection db, String sql, String parameter) throws SQLException {
        List<Long> found = ids(db, sql, parameter, 1);
        if (found.isEmpty()) {
            throw new IllegalStateException("nothing found by " + sql + " for " + parameter);
        }
        return found.getFirst();
    }

    private static List<Long> ids(Connection db, String sql, String parameter, int max) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setString(1, parameter);
            }
            query.setMaxRows(max);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
