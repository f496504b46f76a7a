package org.groundwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestIssues;
import org.groundwork.visit.InterviewService;
import org.groundwork.visit.Visit;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Two people save the same record at the same moment, each from what they read before the other saved: exactly one
 * save wins, the other gets the conflict the UI shows ("someone else saved it meanwhile"), and the winner's text is
 * what is stored. Each save runs on its own thread (its own session and transaction), released together.
 */
@GroundworkTest
class SimultaneousEditsTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    BusinessService businesses;
    @Autowired
    MacroIssueService issues;
    @Autowired
    TestIssues testIssues;
    @Autowired
    VisitService visits;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    InterviewService interviews;

    @Test
    void theSameBusiness() {
        UserAccount ann = accounts.signIn("race-ann", Role.STAFF);
        Business business = new Business();
        business.setLegalName("Race Works " + System.nanoTime());
        Long id = businesses.save(business).getId();
        Business annsCopy = businesses.get(id);
        Business bensCopy = businesses.get(id);
        annsCopy.setPhone("206-555-0101");
        bensCopy.setPhone("206-555-0202");

        List<String> winners = race(ann, () -> businesses.save(annsCopy).getPhone(),
                () -> businesses.save(bensCopy).getPhone());

        assertThat(businesses.get(id).getPhone()).isEqualTo(winners.getFirst());
    }

    @Test
    void theSameVisitsNotes() {
        UserAccount ann = accounts.signIn("race-ann", Role.STAFF);
        Visit visit = fixtures.planned(fixtures.business("Race"), ann.getId(), LocalDate.now());
        Visit annsCopy = visits.get(visit.getId());
        Visit bensCopy = visits.get(visit.getId());
        annsCopy.setNotes("Ann's notes");
        bensCopy.setNotes("Ben's notes");

        List<String> winners = race(ann, () -> interviews.saveDetails(annsCopy).getNotes(),
                () -> interviews.saveDetails(bensCopy).getNotes());

        assertThat(visits.get(visit.getId()).getNotes()).isEqualTo(winners.getFirst());
    }

    @Test
    void theSameIssue() {
        UserAccount ann = accounts.signIn("race-ann", Role.STAFF);
        Long id = testIssues.create("Race parking " + System.nanoTime(), IssueCategory.values()[0]).getId();
        MacroIssue annsCopy = issues.get(id);
        MacroIssue bensCopy = issues.get(id);
        annsCopy.setDescription("Ann's description");
        bensCopy.setDescription("Ben's description");

        List<String> winners = race(ann, () -> issues.save(annsCopy).getDescription(),
                () -> issues.save(bensCopy).getDescription());

        assertThat(issues.get(id).getDescription()).isEqualTo(winners.getFirst());
    }

    /** Runs both saves at once, each signed in on its own thread; returns what the one winner saved. */
    private List<String> race(UserAccount account, Supplier<String> first, Supplier<String> second) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<String>> saves = List.of(first, second).stream()
                .map(save -> CompletableFuture.supplyAsync(() -> {
                    accounts.signIn(account);
                    try {
                        start.await();
                        return save.get();
                    } catch (ObjectOptimisticLockingFailureException conflict) {
                        return null;
                    } catch (Exception broken) {
                        throw new IllegalStateException(broken);
                    } finally {
                        accounts.signOut();
                    }
                })).toList();
        List<String> winners = new ArrayList<>();
        saves.forEach(save -> {
            String saved = save.join();
            if (saved != null) {
                winners.add(saved);
            }
        });
        assertThat(winners).as("exactly one save wins, the other gets a conflict").hasSize(1);
        return winners;
    }
}
