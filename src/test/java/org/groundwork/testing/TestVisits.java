package org.groundwork.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.groundwork.business.Business;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visits and key-company marks written straight to the tables, past the services, as bulk loads write them: the
 * tally, drift and report tests that need visits on chosen past days. The caller refreshes the visit tally for the
 * businesses it touched, as after any bulk load (decision 022).
 */
@Component
public record TestVisits(JdbcClient jdbc) {

    /** Marks the business a key company of that tier. */
    public void keyCompany(Business business, String tier) {
        jdbc.sql("UPDATE business SET tier = ?, key_company = TRUE WHERE id = ?").params(tier, business.getId())
                .update();
    }

    /** An on-site visit (a contact when {@code interaction}) with that status; hours as written ("2.5") or null. */
    public void insert(Business business, LocalDate day, String status, boolean interaction, Long leadStaffId,
                       String hours, Integer satisfaction) {
        jdbc.sql("INSERT INTO visit (version, created_at, updated_at, business_id, visit_date, channel, status, "
                + "interaction, lead_staff_id, duration_hours, satisfaction) VALUES (0, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, ?, ?, 'ON_SITE', ?, ?, ?, ?, ?)")
                .params(business.getId(), day, status, interaction, leadStaffId,
                        hours == null ? null : new BigDecimal(hours), satisfaction).update();
    }
}
