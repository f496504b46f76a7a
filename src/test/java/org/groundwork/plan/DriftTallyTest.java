package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TallyTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drift's visit figures for periods that are not one tally period: whole months and quarters from the tally plus
 * live days at the ends give the figures counted by hand, with each business reached counted once however many
 * parts it was seen in. Each test writes visits in a year of its own (2006–2008, which no other test uses) straight
 * to the table, and refreshes the tally.
 */
@SignedInAs(username = "drift-tally-worker", roles = Role.STAFF)
class DriftTallyTest extends TallyTestBase {

    @Autowired
    DriftVisitFigures visitFigures;

    @Test
    void aCustomPeriodAddsTallyPartsAndLiveDaysAndCountsEachBusinessOnce() {
        Business key = visits.business("Drift Tally Key", "332710");
        Business shop = visits.business("Drift Tally Shop", "445110");
        visits.keyCompany(key, "A");
        // the key company: in the live head, a whole month and a whole quarter; the shop: a contact in the tail
        visit(key, LocalDate.of(2006, 2, 20), false, "2", 4);
        visit(key, LocalDate.of(2006, 3, 10), false, "1", 2);
        visit(key, LocalDate.of(2006, 5, 5), false, null, 5);
        visit(key, LocalDate.of(2006, 2, 10), false, "9", 1);
        visit(shop, LocalDate.of(2006, 11, 3), true, "0.5", null);
        visit(shop, LocalDate.of(2006, 11, 25), false, "9", 1);
        visits.refresh(List.of(key.getId(), shop.getId()));

        DatePeriod period = new DatePeriod(LocalDate.of(2006, 2, 15), LocalDate.of(2006, 11, 20));
        VisitFacts facts = visitFigures.visitFacts(period, false).get(0);

        assertThat(facts.visits()).isEqualTo(3);
        assertThat(facts.businessesReached()).isEqualTo(2);
        assertThat(facts.keyCompaniesVisited()).isEqualTo(1);
        assertThat(facts.sectors()).isEqualTo(Map.of("MANUFACTURING", 3d));
        assertThat(facts.tiers()).isEqualTo(Map.of("A", 3d));
        assertThat(facts.hours()).isEqualTo(3.5);
        assertThat(facts.ratings()).isEqualTo(Map.of(2, 1L, 4, 1L, 5, 1L));

        VisitFacts quarter = visitFigures.visitFacts(DatePeriod.quarterOf(LocalDate.of(2006, 5, 1)), true)
                .get(DriftSql.bucketOf(LocalDate.of(2006, 5, 1)));
        assertThat(quarter.businessesReached()).isEqualTo(1);
        assertThat(quarter.keyCompaniesVisited()).isEqualTo(1);
        assertThat(quarter.hours()).isNull();
        assertThat(quarter.ratings()).isEqualTo(Map.of(5, 1L));
    }

    /**
     * On the first start after an upgrade the tally is empty until the background rebuild commits: a readiness
     * that finds it so reads every period live and gives the figures the tally gives. The tally is emptied inside
     * a transaction that is rolled back, with a readiness of the test's own (the context's has long seen it full).
     */
    @Test
    void withAnEmptyTallyTheFiguresAreReadLiveAndStayTheSame() {
        Business key = visits.business("Drift Ready Key", "332710");
        visits.keyCompany(key, "B");
        visit(key, LocalDate.of(2007, 4, 3), false, "2", 3);
        visit(key, LocalDate.of(2007, 8, 30), false, null, 4);
        visits.refresh(List.of(key.getId()));
        List<DatePeriod> periods = List.of(DatePeriod.year(2007), new DatePeriod(LocalDate.of(2007, 2, 15),
                LocalDate.of(2007, 11, 20)), DatePeriod.quarterOf(LocalDate.of(2007, 8, 1)));
        List<List<Object>> tallied = figures(visitFigures, periods);
        assertThat(tallied.getFirst().getFirst()).isNotEqualTo(0L);

        visits.withEmptyTally(notReady -> {
            assertThat(notReady.ready()).isFalse();
            assertThat(figures(new DriftVisitFigures(jdbc, notReady), periods)).isEqualTo(tallied);
            assertThat(figures(visitFigures, periods)).as("read from the empty tally").isNotEqualTo(tallied);
        });
    }

    /**
     * The share of key companies visited divides by today's active, unarchived key companies, so a closed or an
     * archived key company's visits count as a visit but not as a key company visited, in the tally's whole
     * periods and on live days alike (as in the reports).
     */
    @Test
    void onlyActiveUnarchivedKeyCompaniesCountAsKeyCompaniesVisited() {
        Business open = visits.business("Drift Key Open", "332710");
        Business closed = visits.business("Drift Key Closed", "332710");
        Business archived = visits.business("Drift Key Archived", "332710");
        for (Business key : List.of(open, closed, archived)) {
            visits.keyCompany(key, "A");
            visit(key, LocalDate.of(2008, 5, 6), false, null, null);
        }
        jdbc.sql("UPDATE business SET status = 'CLOSED' WHERE id = ?").param(closed.getId()).update();
        jdbc.sql("UPDATE business SET archived_at = CURRENT_TIMESTAMP WHERE id = ?").param(archived.getId()).update();
        visits.refresh(List.of(open.getId(), closed.getId(), archived.getId()));

        for (DatePeriod period : List.of(DatePeriod.quarterOf(LocalDate.of(2008, 5, 1)),
                new DatePeriod(LocalDate.of(2008, 4, 15), LocalDate.of(2008, 5, 20)))) {
            VisitFacts facts = visitFigures.visitFacts(period, false).get(0);
            assertThat(facts.visits()).as("visits of %s", period).isEqualTo(3);
            assertThat(facts.keyCompaniesVisited()).as("key companies visited in %s", period).isEqualTo(1);
        }
    }

    /** Every visit figure of each period, whole and by quarter. */
    private static List<List<Object>> figures(DriftVisitFigures queries, List<DatePeriod> periods) {
        return periods.stream().flatMap(period -> java.util.stream.Stream.of(queries.visitFacts(period, false),
                        queries.visitFacts(period, true)))
                .flatMap(byBucket -> byBucket.entrySet().stream())
                .map(e -> List.<Object>of(e.getValue().visits(), e.getKey(), e.getValue().businessesReached(),
                        e.getValue().keyCompaniesVisited(), e.getValue().sectors(), e.getValue().tiers(),
                        String.valueOf(e.getValue().hours()), e.getValue().ratings()))
                .toList();
    }

    private void visit(Business business, LocalDate day, boolean interaction, String hours, Integer satisfaction) {
        visits.insert(business, day, "COMPLETED", interaction, hours, satisfaction);
    }
}
