package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The share of key companies visited, the same in the report (a whole quarter from the tally cells, and a period
 * with live edge days) and in the records behind it: active, not archived key companies with at least one visit
 * (a phone call alone is a contact, not a visit), divided by the active, not archived key companies.
 */
@GroundworkTest
class KeyCompaniesVisitedTest {

    private static final Period Q3_2031 = Period.quarter(2031, 3);

    @Autowired
    ReportService reports;
    @Autowired
    RetentionQueries retention;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ReportFixtures fixtures;

    @Test
    void activeKeyCompaniesWithAVisitOverActiveKeyCompanies() {
        UserAccount owner = accounts.ensure("kpi-owner-" + System.nanoTime(), Role.STAFF);
        List<Long> ids = new ArrayList<>();
        ids.add(keyCompany("Visited", "ACTIVE", false, owner, false));
        ids.add(keyCompany("Phoned", "ACTIVE", false, owner, true));
        ids.add(keyCompany("Closed but visited", "CLOSED", false, owner, false));
        ids.add(keyCompany("Archived but visited", "ACTIVE", true, owner, false));
        ids.add(keyCompany("Not visited", "ACTIVE", false, owner, null));
        fixtures.visits().refresh(ids);
        accounts.signIn("kpi-director", Role.DIRECTOR);

        // Visited, Phoned and Not visited are the active key companies; only Visited had a visit: 1 of 3.
        for (Period period : List.of(Q3_2031, new Period(LocalDate.of(2031, 7, 10), LocalDate.of(2031, 9, 20)))) {
            ReportFilter filter = new ReportFilter(period, Comparison.NONE, null, null, owner.getId());
            assertThat(reports.retentionSummary(filter).current())
                    .containsEntry(ProgramMeasure.KEY_COMPANIES_VISITED, new BigDecimal("33.3"))
                    .containsEntry(ProgramMeasure.BUSINESSES_REACHED, new BigDecimal("3"));
            assertThat(reports.records(ProgramMeasure.KEY_COMPANIES_VISITED, filter, 0, 10))
                    .extracting(MeasureRecord::detail).containsExactlyInAnyOrder("Key company visited",
                            "Key company not visited in the period", "Key company not visited in the period");
        }
    }

    /**
     * On the first start after an upgrade the tally is empty until the background rebuild commits: a readiness
     * that finds it so reads the whole period live and gives the figures the tally gives. The tally is emptied in
     * a transaction that is rolled back, with a readiness of the test's own (the context's has seen it full).
     */
    @Test
    void withAnEmptyTallyTheRetentionFiguresAreReadLiveAndStayTheSame() {
        UserAccount owner = accounts.ensure("kpi-ready-" + System.nanoTime(), Role.STAFF);
        List<Long> ids = List.of(keyCompany("Visited", "ACTIVE", false, owner, false),
                keyCompany("Phoned", "ACTIVE", false, owner, true), keyCompany("Not visited", "ACTIVE", false,
                        owner, null));
        fixtures.visits().refresh(ids);
        List<Period> periods = List.of(Q3_2031, new Period(LocalDate.of(2031, 7, 10), LocalDate.of(2031, 9, 20)),
                new Period(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)));
        List<RetentionQueries.Figures> tallied = figures(retention, periods, owner);
        assertThat(tallied.getFirst().measures()).containsEntry(ProgramMeasure.BUSINESSES_REACHED,
                new BigDecimal("2"));

        fixtures.visits().withEmptyTally(notReady -> {
            assertThat(notReady.ready()).isFalse();
            assertThat(figures(new RetentionQueries(fixtures.jdbc(), notReady), periods, owner)).isEqualTo(tallied);
            assertThat(figures(retention, periods, owner)).as("read from the empty tally").isNotEqualTo(tallied);
        });
    }

    private static List<RetentionQueries.Figures> figures(RetentionQueries queries, List<Period> periods,
                                                          UserAccount owner) {
        return periods.stream().map(period -> queries.figures(new ReportFilter(period, Comparison.NONE, null, null,
                owner.getId()), period, ZoneOffset.UTC)).toList();
    }

    /** A key company; with a completed visit on 15 August 2031 (a phone call when {@code phoned}) unless null. */
    private long keyCompany(String name, String status, boolean archived, UserAccount owner, Boolean phoned) {
        long id = fixtures.insert("insert into business (version, created_at, updated_at, legal_name, normalized_name,"
                + " sector, tier, key_company, owner_id, local_ownership, facility_tenure, consent_to_name, status,"
                + " risk_level, open_red_flags, open_yellow_flags, archived_at) values (0, :now, :now, :name,"
                + " :name, 'RETAIL', 'A', true, :owner, 'UNKNOWN', 'UNKNOWN', false, :status, 'NONE', 0, 0,"
                + " :archived)", "name", name + " " + owner.getUsername(), "owner", owner.getId(), "status", status,
                "archived", archived ? LocalDateTime.now() : null);
        if (phoned != null) {
            fixtures.insert("insert into visit (version, created_at, updated_at, business_id, visit_date, channel,"
                    + " status, interaction, lead_staff_id) values (0, :now, :now, :business, :date, :channel, 'COMPLETED',"
                    + " :phoned, :owner)", "business", id, "date", LocalDate.of(2031, 8, 15), "channel",
                    phoned ? "PHONE" : "ON_SITE", "phoned", phoned, "owner", owner.getId());
        }
        return id;
    }
}
