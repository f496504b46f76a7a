package org.groundwork.visit.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.TallyTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refreshing businesses one by one gives exactly what a rebuild from all visits gives. Visits are written straight
 * to the table in 2003 (a year no other test uses), as bulk loads do, and then refreshed by hand.
 */
class VisitTallyTest extends TallyTestBase {

    @Autowired
    VisitTally tally;
    @Autowired
    VisitTallyStartup startup;

    private UserAccount admin;

    @BeforeEach
    void setUp() {
        admin = accounts.signIn("tally-admin", Role.ADMIN);
        // Other tests write visits straight to the table without refreshing: start from a tally equal to them.
        tally.rebuild();
    }

    @Test
    void refreshingTheBusinessesThatChangedGivesWhatARebuildGives() {
        Business mill = visits.business("Tally Mill", "332710");
        Business shop = visits.business("Tally Shop", "445110");
        jdbc.sql("UPDATE business SET tier = 'A', key_company = TRUE, owner_id = ? WHERE id = ?")
                .params(admin.getId(), mill.getId()).update();
        visits.insert(mill, LocalDate.of(2003, 1, 10), "COMPLETED", false, "2.5", 4);
        visits.insert(mill, LocalDate.of(2003, 1, 20), "COMPLETED", true, "0.25", null);
        visits.insert(mill, LocalDate.of(2003, 5, 2), "COMPLETED", false, null, 5);
        visits.insert(mill, LocalDate.of(2003, 6, 2), "CANCELLED", false, "1", null);
        visits.insert(shop, LocalDate.of(2003, 12, 31), "COMPLETED", true, null, null);
        visits.insert(shop, LocalDate.of(2003, 11, 3), "PLANNED", false, null, null);

        tally.refresh(List.of(shop.getId(), mill.getId()));
        List<String> refreshed = TallyTables.contents(jdbc);
        tally.refresh(List.of(mill.getId(), shop.getId()));
        assertThat(TallyTables.contents(jdbc)).as("a second refresh changes nothing").isEqualTo(refreshed);
        tally.rebuild();

        assertThat(TallyTables.contents(jdbc)).isEqualTo(refreshed);
        String mark = "MANUFACTURING A true " + admin.getId() + " false true";
        assertThat(TallyTables.ofBusiness(jdbc, mill.getId())).containsExactly(
                "M 24036 " + mark + " 2 1 2.75 0 0 0 1 0",
                "M 24040 " + mark + " 1 1 0.00 0 0 0 0 1",
                "Q 8012 " + mark + " 2 1 2.75 0 0 0 1 0",
                "Q 8013 " + mark + " 1 1 0.00 0 0 0 0 1",
                "Y 2003 " + mark + " 3 2 2.75 0 0 0 1 1");
        assertThat(TallyTables.ofBusiness(jdbc, shop.getId())).containsExactly(
                "M 24047 RETAIL NONE false 0 false true 1 0 0.00 0 0 0 0 0",
                "Q 8015 RETAIL NONE false 0 false true 1 0 0.00 0 0 0 0 0",
                "Y 2003 RETAIL NONE false 0 false true 1 0 0.00 0 0 0 0 0");
        assertThat(jdbc.sql("SELECT SUM(businesses_contacted), SUM(businesses_visited), SUM(contacts) FROM "
                + "visit_tally WHERE period_kind = 'Y' AND period_index = 2003").query((rs, n) -> rs.getLong(1) + " "
                + rs.getLong(2) + " " + rs.getLong(3)).single()).isEqualTo("2 1 4");
    }

    @Test
    void aBusinessWhoseVisitsAreGoneLeavesNoRowsAndNoEmptyCells() {
        Business gone = visits.business("Tally Gone", "445110");
        visits.insert(gone, LocalDate.of(2003, 2, 14), "COMPLETED", false, "1", 3);
        tally.refresh(List.of(gone.getId()));
        assertThat(TallyTables.ofBusiness(jdbc, gone.getId())).hasSize(3);

        jdbc.sql("UPDATE visit SET status = 'CANCELLED' WHERE business_id = ?").param(gone.getId()).update();
        tally.refresh(List.of(gone.getId()));
        List<String> refreshed = TallyTables.contents(jdbc);
        tally.rebuild();

        assertThat(TallyTables.ofBusiness(jdbc, gone.getId())).isEmpty();
        assertThat(TallyTables.contents(jdbc)).isEqualTo(refreshed);
    }

    @Test
    void theFirstStartFillsAnEmptyTallyFromTheVisitsAndReadersWaitForIt() {
        Business mill = visits.business("Tally First Start", "332710");
        // 2002: its own year, so the cells of 2003 that another test sums stay as that test wrote them
        visits.insert(mill, LocalDate.of(2002, 3, 3), "COMPLETED", false, "1", 2);
        tally.refresh(List.of(mill.getId()));
        List<String> full = TallyTables.contents(jdbc);
        visits.emptyTally();
        TallyReadiness readiness = new TallyReadiness(jdbc);
        assertThat(readiness.ready()).as("empty while completed visits exist").isFalse();
        assertThat(readiness.split(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31)).whole()).isEmpty();

        startup.rebuildIfEmpty();

        assertThat(TallyTables.contents(jdbc)).isNotEmpty().isEqualTo(full);
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.split(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31)).isOneTallyPeriod()).isTrue();
        visits.emptyTally();
        assertThat(readiness.ready()).as("once ready, kept").isTrue();
        assertThat(new TallyReadiness(jdbc).ready()).isFalse();
        startup.rebuildIfEmpty();
        assertThat(TallyTables.contents(jdbc)).isEqualTo(full);
    }
}
