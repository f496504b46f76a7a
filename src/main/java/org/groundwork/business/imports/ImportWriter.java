package org.groundwork.business.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNames;
import org.groundwork.business.BusinessStatus;
import org.groundwork.business.RiskLevel;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Inserts new businesses and their first employee count with JDBC batches, with the same derived search and
 * duplicate keys the entity keeps. An import creates thousands of rows
 * at once; the entity base class uses identity ids, which stop Hibernate from batching inserts, so this writes
 * the same columns directly and the caller audits them in batches too. It joins the caller's transaction.
 */
@RequiredArgsConstructor
final class ImportWriter {

    private static final String INSERT_BUSINESS = """
            insert into business (version, created_at, created_by, updated_at, updated_by, legal_name, trade_name,
              normalized_name, normalized_trade_name, naics_code, sector, street, city, region, postal_code, phone,
              phone_digits, website, website_host, address_key, ownership_type, local_ownership, facility_tenure,
              year_established, key_company, consent_to_name, status, external_id, state_business_id,
              current_employees, risk_level, open_red_flags, open_yellow_flags, notes)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?,
              0, 0, ?)""";
    private static final String INSERT_EMPLOYEES = """
            insert into employee_count (version, created_at, created_by, updated_at, updated_by, business_id, as_of,
              employees, source)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Timestamp now;
    private final String actor;

    /** Inserts the drafts in one batch and returns their new ids, in order. */
    List<Long> insertBusinesses(List<ImportPlan.Draft> drafts) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT_BUSINESS, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        bind(statement, drafts.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return drafts.size();
                    }
                }, keys);
        List<Long> ids = new ArrayList<>(drafts.size());
        keys.getKeyList().forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
        if (ids.size() != drafts.size()) {
            throw new IllegalStateException("The database returned " + ids.size() + " ids for " + drafts.size()
                    + " new businesses.");
        }
        return ids;
    }

    /** The first entry of each new business's employee history (only drafts that carry a count). */
    void insertEmployeeCounts(List<ImportPlan.Draft> drafts, List<Long> ids, LocalDate asOf, String source) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).employees() != null) {
                rows.add(new Object[] {now, actor, now, actor, ids.get(i), asOf, drafts.get(i).employees(), source});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT_EMPLOYEES, rows);
        }
    }

    private void bind(PreparedStatement statement, ImportPlan.Draft draft) throws SQLException {
        Business b = draft.business();
        int i = 0;
        statement.setTimestamp(++i, now);
        statement.setString(++i, actor);
        statement.setTimestamp(++i, now);
        statement.setString(++i, actor);
        statement.setString(++i, b.getLegalName());
        statement.setString(++i, b.getTradeName());
        statement.setString(++i, b.getSearchKeys().getNormalizedName());
        statement.setString(++i, b.getTradeName() == null ? null : BusinessNames.normalize(b.getTradeName()));
        statement.setString(++i, b.getNaicsCode());
        statement.setString(++i, b.getSector() == null ? null : b.getSector().name());
        statement.setString(++i, b.getAddress().getStreet());
        statement.setString(++i, b.getAddress().getCity());
        statement.setString(++i, b.getAddress().getRegion());
        statement.setString(++i, b.getAddress().getPostalCode());
        statement.setString(++i, b.getPhone());
        statement.setString(++i, b.getSearchKeys().getPhoneDigits());
        statement.setString(++i, b.getWebsite());
        statement.setString(++i, b.getSearchKeys().getWebsiteHost());
        statement.setString(++i, b.getAddress().getKey());
        statement.setString(++i, b.getOwnershipType());
        statement.setString(++i, b.getLocalOwnership().name());
        statement.setString(++i, b.getFacility().getTenure().name());
        statement.setObject(++i, b.getYearEstablished(), Types.INTEGER);
        statement.setString(++i, BusinessStatus.ACTIVE.name());
        statement.setString(++i, b.getExternalId());
        statement.setString(++i, b.getStateBusinessId());
        statement.setObject(++i, draft.employees(), Types.INTEGER);
        statement.setString(++i, RiskLevel.NONE.name());
        statement.setString(++i, b.getNotes());
    }
}
