package org.groundwork.visit.tally;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One business's rows of {@code visit_business_tally}: what is stored, what its visits add up to now, and writing
 * the difference. Every read here is a locking read: under MariaDB's repeatable read a plain read would see the
 * transaction's snapshot, which may predate another refresh of the same business that committed meanwhile.
 */
@Component
@RequiredArgsConstructor
class BusinessRows {

    static final String NONE = "NONE";

    private final JdbcClient jdbc;

    /** Locks the business's row (so refreshes of one business run one at a time) and reads how it is classified. */
    Optional<Dimensions> lockDimensions(Long businessId) {
        return jdbc.sql("SELECT sector, tier, key_company, owner_id, archived_at, status FROM business WHERE id = ? "
                + "FOR UPDATE").param(businessId).query((rs, n) -> new Dimensions(orNone(rs.getString(1)),
                        orNone(rs.getString(2)), rs.getBoolean(3), rs.getLong(4), rs.getTimestamp(5) != null,
                        "ACTIVE".equals(rs.getString(6)))).optional();
    }

    /** The stored rows, by period, with the classification they were stored under. */
    SortedMap<Period, Stored> stored(Long businessId) {
        SortedMap<Period, Stored> rows = new TreeMap<>();
        jdbc.sql("SELECT period_kind, period_index, sector, tier, key_company, owner_id, archived, active, contacts, "
                + "visits, hours, rated_1, rated_2, rated_3, rated_4, rated_5 FROM visit_business_tally WHERE "
                + "business_id = ? FOR UPDATE").param(businessId).query(rs -> {
                    Dimensions dimensions = new Dimensions(rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            rs.getLong(6), rs.getBoolean(7), rs.getBoolean(8));
                    rows.put(new Period(rs.getString(1).charAt(0), rs.getInt(2)), new Stored(dimensions,
                            counts(rs, 9)));
                });
        return rows;
    }

    /** The business's completed visits summed per month, quarter and year (index ix_visit_business_date). */
    SortedMap<Period, Counts> counted(Long businessId) {
        SortedMap<Period, Counts> rows = new TreeMap<>();
        jdbc.sql("SELECT visit_date, interaction, duration_hours, satisfaction FROM visit WHERE business_id = ? AND "
                + "status = 'COMPLETED' FOR UPDATE").param(businessId).query(rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    boolean interaction = rs.getBoolean(2);
                    BigDecimal hours = rs.getBigDecimal(3);
                    Integer satisfaction = rs.getObject(4, Integer.class);
                    Period.of(day).forEach(period -> rows.computeIfAbsent(period, p -> new Counts())
                            .add(interaction, hours, satisfaction));
                });
        return rows;
    }

    /** Writes the rows that differ between what was stored and what the business has now. */
    void write(Long businessId, Map<Period, Stored> before, Map<Period, Stored> after) {
        List<Object[]> deletes = new ArrayList<>();
        for (Period period : new TreeSet<>(before.keySet())) {
            if (!after.containsKey(period)) {
                deletes.add(new Object[] {businessId, String.valueOf(period.kind()), period.index()});
            }
        }
        deletes.forEach(key -> jdbc.sql("DELETE FROM visit_business_tally WHERE business_id = ? AND period_kind = ? "
                + "AND period_index = ?").params(key).update());
        after.forEach((period, row) -> {
            Stored old = before.get(period);
            if (old == null) {
                jdbc.sql("INSERT INTO visit_business_tally (sector, tier, key_company, owner_id, archived, active, "
                        + "contacts, visits, hours, rated_1, rated_2, rated_3, rated_4, rated_5, business_id, "
                        + "period_kind, period_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(values(businessId, period, row)).update();
            } else if (!old.same(row)) {
                jdbc.sql("UPDATE visit_business_tally SET sector = ?, tier = ?, key_company = ?, owner_id = ?, "
                        + "archived = ?, active = ?, contacts = ?, visits = ?, hours = ?, rated_1 = ?, rated_2 = ?, "
                        + "rated_3 = ?, rated_4 = ?, rated_5 = ? WHERE business_id = ? AND period_kind = ? AND "
                        + "period_index = ?").params(values(businessId, period, row)).update();
            }
        });
    }

    private static List<Object> values(Long businessId, Period period, Stored row) {
        Dimensions d = row.dimensions();
        Counts c = row.counts();
        return List.of(d.sector(), d.tier(), d.keyCompany(), d.ownerId(), d.archived(), d.active(), c.contacts,
                c.visits, c.hours, c.rated[0], c.rated[1], c.rated[2], c.rated[3], c.rated[4], businessId,
                String.valueOf(period.kind()), period.index());
    }

    private static Counts counts(ResultSet rs, int first) throws SQLException {
        Counts counts = new Counts();
        counts.contacts = rs.getLong(first);
        counts.visits = rs.getLong(first + 1);
        counts.hours = rs.getBigDecimal(first + 2);
        for (int i = 0; i < 5; i++) {
            counts.rated[i] = rs.getLong(first + 3 + i);
        }
        return counts;
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    /** One stored row: the classification it counts under and its measures. */
    record Stored(Dimensions dimensions, Counts counts) {

        boolean same(Stored other) {
            return dimensions.equals(other.dimensions) && counts.sameAs(other.counts);
        }
    }
}
