package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.groundwork.base.AuditService;
import org.groundwork.base.RunAsSystem;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo history is written in bulk SQL, yet every row it writes is in the audit trail, by "system". */
@GroundworkTest
class DemoDriftHistoryTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinesses businesses;

    @Test
    void everyVisitAndTimeEntryOfTheDemoHistoryIsAudited() {
        accounts.ensure("riley", Role.STAFF);
        accounts.signIn("demo-history-staff", Role.STAFF);
        businesses.create("Demo History Works", "332710", null, 0);
        accounts.signOut();
        long lastVisit = lastId("visit");
        long lastEntry = lastId("time_entry");

        // three weeks of 2005, a year no other test writes to
        RunAsSystem.run(() -> new DemoDriftHistory(jdbc, audit, transactions)
                .seed(LocalDate.of(2005, 1, 3), LocalDate.of(2005, 1, 24)));

        List<Long> visits = ids("SELECT id FROM visit WHERE id > ? ORDER BY id", lastVisit);
        List<Long> entries = ids("SELECT id FROM time_entry WHERE id > ? ORDER BY id", lastEntry);
        assertThat(visits).isNotEmpty();
        assertThat(entries).isNotEmpty();
        assertThat(ids("SELECT entity_id FROM audit_event WHERE entity_type = 'Visit' AND action = 'CREATE' AND "
                + "actor = 'system' AND entity_id > ? ORDER BY entity_id", lastVisit)).isEqualTo(visits);
        assertThat(ids("SELECT entity_id FROM audit_event WHERE entity_type = 'TimeEntry' AND action = 'CREATE' "
                + "AND actor = 'system' AND entity_id > ? ORDER BY entity_id", lastEntry)).isEqualTo(entries);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE entity_type = 'TimeEntry' AND entity_id = ?")
                .param(entries.getFirst()).query(String.class).single()).startsWith("Demo history: ").contains(" h of ");
    }

    private long lastId(String table) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
    }

    private List<Long> ids(String sql, long after) {
        return jdbc.sql(sql).param(after).query(Long.class).list();
    }
}
