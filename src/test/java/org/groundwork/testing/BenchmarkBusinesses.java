package org.groundwork.testing;

import java.sql.Timestamp;
import java.time.Instant;
import org.groundwork.business.Sector;
import org.springframework.jdbc.core.JdbcTemplate;

/** The businesses the report and drift benchmarks share: sectors in turn, tiers A/B/C/none, one key company in 100. */
public final class BenchmarkBusinesses {

    private static final String[] TIERS = {"A", "B", "C", null};

    private BenchmarkBusinesses() {
    }

    /** Inserts {@code count} businesses named {@code marker + i}, owned in turn by {@code staffIds}; the first id. */
    public static long insert(JdbcTemplate jdbc, String marker, int count, long[] staffIds) {
        Timestamp now = Timestamp.from(Instant.now());
        Sector[] sectors = Sector.values();
        String normalized = marker.toLowerCase().replaceAll("[^a-z]", "");
        BulkInsert.rows(jdbc, "insert into business (version, created_at, updated_at, legal_name, normalized_name, "
                + "sector, tier, owner_id, local_ownership, facility_tenure, key_company, consent_to_name, status, "
                + "risk_level, open_red_flags, open_yellow_flags, current_employees) values ",
                "(0, ?, ?, ?, ?, ?, ?, ?, 'UNKNOWN', 'UNKNOWN', ?, false, 'ACTIVE', 'NONE', 0, 0, ?)", count,
                i -> new Object[] {now, now, marker + i, normalized + i, sectors[(i / 3) % sectors.length].name(),
                    TIERS[(i / 7) % TIERS.length], staffIds[i % staffIds.length], i % 100 == 0, 5 + i % 400});
        return jdbc.queryForObject("select min(id) from business where legal_name like ?", Long.class, marker + "%");
    }
}
