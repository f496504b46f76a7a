package org.groundwork.visit.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.BusinessStatus;
import org.groundwork.business.TargetTier;
import org.groundwork.business.imports.BusinessImportService;
import org.groundwork.business.imports.ImportChoices;
import org.groundwork.business.imports.ImportPlan;
import org.groundwork.business.imports.ImportTable;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.visit.InteractionLog;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitChannel;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitService;
import org.groundwork.visit.interview.TemplateQuestion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of write that can change the tally, through the services, each followed by a check that both tally
 * tables equal what a fresh rebuild from the visits writes. A write path that forgot to refresh leaves the tally
 * behind and fails its step. Visits are dated 2004, a year no other test uses.
 */
@GroundworkTest
class VisitTallyReconciliationTest {

    @Autowired
    VisitTally tally;
    @Autowired
    VisitService visits;
    @Autowired
    InterviewService interviews;
    @Autowired
    BusinessService businesses;
    @Autowired
    BusinessImportService imports;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private UserAccount me;

    @Test
    void afterEveryKindOfWriteTheTallyEqualsAFreshRebuild() {
        me = accounts.signIn("tally-reconciler", Role.ADMIN);
        // Other tests write visits straight to the table: start from a tally equal to all of them.
        tally.rebuild();
        Business mill = fixtures.business("Reconcile Mill", "332710");
        Business shop = fixtures.business("Reconcile Shop", "445110");
        matchesRebuild("businesses created");

        visits.logInteraction(new InteractionLog(mill.getId(), LocalDate.of(2004, 2, 10), VisitChannel.PHONE,
                me.getId(), "Called about the lease.", new BigDecimal("0.25")));
        assertThat(TallyTables.ofBusiness(jdbc, mill.getId())).hasSize(3);
        matchesRebuild("a call logged");

        Visit planned = plan(mill, LocalDate.of(2004, 3, 5));
        Visit changes = visits.get(planned.getId());
        changes.setVisitDate(LocalDate.of(2004, 4, 6));
        changes.setDurationHours(new BigDecimal("2"));
        changes.setSatisfaction(4);
        interviews.saveDetails(changes);
        matchesRebuild("a planned visit created and edited");
        answerRequired(planned);
        interviews.complete(planned.getId());
        complete(plan(shop, LocalDate.of(2004, 7, 1)));
        interviews.cancel(plan(shop, LocalDate.of(2004, 8, 1)).getId(), "They closed for the summer");
        assertThat(TallyTables.ofBusiness(jdbc, mill.getId())).hasSize(5);
        matchesRebuild("visits completed and one cancelled");

        Business edited = businesses.get(mill.getId());
        edited.setNaicsCode("445110");
        edited.getTargeting().setTier(TargetTier.B);
        edited.getTargeting().setKeyCompany(true);
        edited.getTargeting().setKeyCompanyReason("Largest employer in town");
        edited.setOwnerId(me.getId());
        businesses.save(edited);
        matchesRebuild("sector, tier, key mark and owner changed");

        Business closed = businesses.get(mill.getId());
        closed.setStatus(BusinessStatus.CLOSED);
        businesses.save(closed);
        matchesRebuild("status changed");

        businesses.archive(shop.getId());
        matchesRebuild("archived");
        businesses.restore(shop.getId());
        matchesRebuild("restored");

        businesses.merge(mill.getId(), shop.getId());
        assertThat(TallyTables.ofBusiness(jdbc, shop.getId())).isEmpty();
        matchesRebuild("merged");

        importSector(mill, "621111");
        assertThat(TallyTables.ofBusiness(jdbc, mill.getId())).allMatch(row -> row.contains(" HEALTH_CARE "));
        matchesRebuild("sector changed by an import");

        businesses.delete(fixtures.business("Reconcile Empty", "445110").getId());
        matchesRebuild("a business without visits deleted");
    }

    /** The tally as the writes left it must be exactly what a rebuild from the visits writes. */
    private void matchesRebuild(String step) {
        List<String> kept = TallyTables.contents(jdbc);
        tally.rebuild();
        assertThat(kept).as("the tally kept on write, after: " + step).isEqualTo(TallyTables.contents(jdbc));
    }

    private Visit plan(Business business, LocalDate day) {
        return fixtures.planned(business, me.getId(), day);
    }

    private void complete(Visit visit) {
        answerRequired(visit);
        interviews.complete(visit.getId());
    }

    private void answerRequired(Visit visit) {
        Map<String, TemplateQuestion> q = fixtures.questions(visit);
        interviews.saveAnswer(visit.getId(), q.get("employees_now").getId(), List.of("12"));
        interviews.saveAnswer(visit.getId(), q.get("local_services_rating").getId(), List.of("4"));
    }

    /** Gives the business an external id and imports a file that matches it by that id with a new NAICS code. */
    private void importSector(Business business, String naics) {
        String account = "T" + UUID.randomUUID().toString().substring(0, 8);
        Business stored = businesses.get(business.getId());
        stored.setExternalId(account);
        businesses.save(stored);
        matchesRebuild("external id set");
        ImportTable table = imports.read("tally.csv", ("business_legal_name,city_account_number,naics_code\n"
                + stored.getLegalName() + "," + account + "," + naics + "\n").getBytes(StandardCharsets.UTF_8));
        ImportPlan plan = imports.dryRun(table, imports.guessMapping(table));
        assertThat(plan.updates()).hasSize(1);
        imports.commit(plan, new ImportChoices(false, Set.of()), (done, total) -> { });
    }
}
