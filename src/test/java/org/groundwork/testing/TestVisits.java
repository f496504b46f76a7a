package org.groundwork.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.Business;
import org.groundwork.security.SignedInUser;
import org.groundwork.visit.tally.TallyReadiness;
import org.groundwork.visit.tally.VisitTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visits and key-company marks written straight to the tables, past the services, as bulk loads write them: the
 * tally, drift and report tests that need visits on chosen past days. The caller refreshes the visit tally for the
 * businesses it touched ({@link #refresh}), as after any bulk load (decision 022).
 */
@Component
public record TestVisits(JdbcClient jdbc, TestBusinesses businesses, VisitTally tally,
                         TransactionTemplate transactions) {

    /** A business of that NAICS code, under the name and a random suffix (the caller is signed in as staff). */
    public Business business(String name, String naics) {
        return businesses.create(name, naics, null, 0);
    }

    /** Marks the business a key company of that tier. */
    public void keyCompany(Business business, String tier) {
        jdbc.sql("UPDATE business SET tier = ?, key_company = TRUE WHERE id = ?").params(tier, business.getId())
                .update();
    }

    /**
     * An on-site visit (a contact when {@code interaction}) with that status, led by the signed-in user; hours as
     * written ("2.5") or null.
     */
    public void insert(Business business, LocalDate day, String status, boolean interaction, String hours,
                       Integer satisfaction) {
        Long leadStaffId = ((SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .getId();
        jdbc.sql("INSERT INTO visit (version, created_at, updated_at, business_id, visit_date, channel, status, "
                + "interaction, lead_staff_id, duration_hours, satisfaction) VALUES (0, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP, ?, ?, 'ON_SITE', ?, ?, ?, ?, ?)")
                .params(business.getId(), day, status, interaction, leadStaffId,
                        hours == null ? null : new BigDecimal(hours), satisfaction).update();
    }

    /** Brings the visit tally up to date for the businesses written to, as the "system" actor after a bulk load. */
    public void refresh(Collection<Long> businessIds) {
        RunAsSystem.run(() -> tally.refresh(businessIds));
    }

    /** Deletes both tally tables' rows: the tally as it is on the first start after an upgrade. */
    public void emptyTally() {
        jdbc.sql("DELETE FROM visit_tally").update();
        jdbc.sql("DELETE FROM visit_business_tally").update();
    }

    /**
     * Runs the check with the tally emptied inside a transaction that is then rolled back, and hands it a readiness
     * of its own that has not seen the tally full (the context's has, and keeps reading the tally).
     */
    public void withEmptyTally(Consumer<TallyReadiness> check) {
        transactions.executeWithoutResult(status -> {
            emptyTally();
            check.accept(new TallyReadiness(jdbc));
            status.setRollbackOnly();
        });
    }
}
