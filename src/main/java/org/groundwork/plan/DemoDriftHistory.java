package org.groundwork.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditEntry;
import org.groundwork.base.AuditService;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three years of demo history that drifts the way real programs do: fire-fighting grows from 15% to over 40% of
 * staff time and manufacturing gets ever fewer of the visits. Written in bulk with SQL: a thousand completed
 * visits through the interview screens would take minutes at every demo start. Seeded, so every demo tells the
 * same story. The rows bypass Hibernate, so the audit trail's automatic entries do not see them: the seed writes
 * one "created" entry per row itself, in the same transaction, as the business import does.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoDriftHistory {

    private static final String[] SECTORS = {"MANUFACTURING", "HEALTH_CARE", "PROFESSIONAL_SERVICES",
        "TRANSPORTATION", "CONSTRUCTION", "RETAIL", "ACCOMMODATION_FOOD"};

    private final JdbcClient jdbc;
    private final AuditService audit;
    private final TransactionTemplate transactions;

    /** Writes the history from {@code start} to {@code today}, audited, in one transaction. */
    void seed(LocalDate start, LocalDate today) {
        transactions.executeWithoutResult(status -> {
            long lastVisit = lastId("visit");
            long lastEntry = lastId("time_entry");
            write(start, today);
            audit.recordAll(AuditAction.CREATE, "Visit", jdbc.sql("SELECT id, visit_date, duration_hours FROM visit "
                    + "WHERE id > ? ORDER BY id").param(lastVisit).query((rs, n) -> new AuditEntry(rs.getLong(1),
                    "Demo history: completed visit on " + rs.getObject(2, LocalDate.class) + ", "
                            + rs.getBigDecimal(3).stripTrailingZeros().toPlainString() + " h")).list());
            audit.recordAll(AuditAction.CREATE, "TimeEntry", jdbc.sql("SELECT id, entry_date, activity, hours FROM "
                    + "time_entry WHERE id > ? ORDER BY id").param(lastEntry).query((rs, n) -> new AuditEntry(
                    rs.getLong(1), "Demo history: " + rs.getBigDecimal(4).stripTrailingZeros().toPlainString()
                            + " h of " + Activity.valueOf(rs.getString(3)).label() + " on "
                            + rs.getObject(2, LocalDate.class))).list());
        });
    }

    private long lastId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    private void write(LocalDate start, LocalDate today) {
        List<Long> staff = jdbc.sql("SELECT id FROM user_account WHERE username IN ('staff', 'riley')")
                .query(Long.class).list();
        Map<String, List<Long>> bySector = new LinkedHashMap<>();
        jdbc.sql("SELECT id, sector FROM business WHERE sector IS NOT NULL").query((rs, n) -> Map.entry(
                rs.getString(2), rs.getLong(1))).list()
                .forEach(e -> bySector.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        if (staff.isEmpty() || bySector.isEmpty()) {
            return;
        }
        Random random = new Random(42);
        long days = ChronoUnit.DAYS.between(start, today);
        for (LocalDate week = start; week.isBefore(today.minusDays(6)); week = week.plusWeeks(1)) {
            double drift = (double) ChronoUnit.DAYS.between(start, week) / days;
            for (Long person : staff) {
                double visitHours = visits(week, person, drift, bySector, random);
                time(week, person, drift, 38 - visitHours);
            }
        }
    }

    /** Two to four visits a week, manufacturing falling from about a third of them to about a tenth. */
    private double visits(LocalDate week, Long person, double drift, Map<String, List<Long>> bySector,
                          Random random) {
        int count = 2 + random.nextInt(3) - (drift > 0.5 && random.nextBoolean() ? 1 : 0);
        double hours = 0;
        for (int i = 0; i < count; i++) {
            String sector = random.nextDouble() < 0.35 - 0.25 * drift ? "MANUFACTURING"
                    : SECTORS[1 + random.nextInt(SECTORS.length - 1)];
            List<Long> candidates = bySector.getOrDefault(sector, bySector.values().iterator().next());
            Long business = candidates.get(random.nextInt(candidates.size()));
            BigDecimal duration = new BigDecimal(random.nextBoolean() ? "1.5" : "2");
            jdbc.sql("INSERT INTO visit (version, created_at, created_by, updated_at, updated_by, business_id, "
                    + "visit_date, channel, status, interaction, lead_staff_id, duration_hours, satisfaction, "
                    + "notes) VALUES (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, 'system', ?, ?, 'ON_SITE', "
                    + "'COMPLETED', FALSE, ?, ?, ?, 'Demo history: a routine retention visit.')")
                    .params(business, week.plusDays(random.nextInt(5)), person, duration, 3 + random.nextInt(3))
                    .update();
            hours += duration.doubleValue();
        }
        return hours;
    }

    /** The rest of the week by activity, admin and fire-fighting taking a growing share. */
    private void time(LocalDate week, Long person, double drift, double hours) {
        double admin = 0.22 + 0.45 * drift;
        Map<Activity, Double> shares = Map.of(Activity.ADMIN, admin, Activity.FOLLOW_UP, 0.28 * (1 - admin),
                Activity.ISSUE_WORK, 0.22 * (1 - admin), Activity.STAKEHOLDER_MEETINGS, 0.25 * (1 - admin),
                Activity.EVENTS, 0.15 * (1 - admin), Activity.OTHER, 0.10 * (1 - admin));
        shares.forEach((activity, share) -> {
            // spread over the five working days, in quarter hours
            BigDecimal daily = BigDecimal.valueOf(Math.round(hours * share / 5 * 4) / 4.0);
            for (int day = 0; day < 5 && daily.signum() > 0; day++) {
                jdbc.sql("INSERT INTO time_entry (version, created_at, created_by, updated_at, updated_by, staff_id, "
                        + "entry_date, activity, hours) VALUES (0, CURRENT_TIMESTAMP, 'system', CURRENT_TIMESTAMP, "
                        + "'system', ?, ?, ?, ?)").params(person, week.with(DayOfWeek.MONDAY).plusDays(day),
                        activity.name(), daily).update();
            }
        });
    }
}
