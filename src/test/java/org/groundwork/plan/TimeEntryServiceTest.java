package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and change whose time, and the rules an entry naming a business or an issue keeps. */
@GroundworkTest
class TimeEntryServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2012, 6, 4);

    @Autowired
    TimeEntryService time;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    BusinessService businessService;
    @Autowired
    MacroIssueService issues;

    @Test
    void directorsReadEveryonesTimeStaffOnlyTheirOwnAndNobodyEditsAnothers() {
        UserAccount colleague = accounts.signIn("time-colleague", Role.STAFF);
        Business business = businesses.create("Timed Works", "332710", null, 0);
        time.saveWeek(time.week(colleague.getId(), MONDAY), hours(Activity.ADMIN, MONDAY, "3"));
        LinkedTime theirs = time.addLinked(draft(MONDAY, "2", business.getId(), null));

        accounts.signIn("time-staff", Role.STAFF);
        assertThatThrownBy(() -> time.week(colleague.getId(), MONDAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> time.delete(theirs.id(), theirs.version()))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn("time-director", Role.DIRECTOR);
        WeekSheet read = time.week(colleague.getId(), MONDAY);
        assertThat(read.hours(Activity.ADMIN, MONDAY)).isEqualByComparingTo("3");
        assertThat(read.linked()).extracting(LinkedTime::businessName).containsExactly(business.getDisplayName());
        assertThatThrownBy(() -> time.saveWeek(read, hours(Activity.ADMIN, MONDAY, "8")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> time.delete(theirs.id(), theirs.version()))
                .isInstanceOf(AccessDeniedException.class);

        accounts.signIn(colleague);
        WeekSheet after = time.week(colleague.getId(), MONDAY);
        assertThat(after.hours(Activity.ADMIN, MONDAY)).isEqualByComparingTo("3");
        assertThat(after.linked()).hasSize(1);
    }

    @Test
    void aBusinessWithTimeOnItIsKeptAndAMergedDuplicatesTimeMovesToTheSurvivor() {
        UserAccount worker = accounts.signIn("time-merge-worker", Role.STAFF);
        Business survivor = businesses.create("Timed Survivor", "332710", null, 0);
        Business duplicate = businesses.create("Timed Duplicate", "332710", null, 0);
        time.addLinked(draft(MONDAY.plusDays(2), "2", duplicate.getId(), null));

        accounts.signIn("time-merge-admin", Role.ADMIN);
        assertThat(businessService.reasonsToKeep(duplicate.getId())).containsExactly("It has 1 time entry.");
        assertThatThrownBy(() -> businessService.delete(duplicate.getId()))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.getMessage())
                        .contains("It has 1 time entry.", "Archive it instead."));

        businessService.merge(survivor.getId(), duplicate.getId());

        assertThat(businessService.reasonsToKeep(duplicate.getId())).isEmpty();
        assertThat(businessService.reasonsToKeep(survivor.getId())).containsExactly("It has 1 time entry.");
        assertThat(time.countForBusiness(survivor.getId())).isEqualTo(1);
        accounts.signIn(worker);
        assertThat(time.week(worker.getId(), MONDAY).linked()).singleElement()
                .satisfies(moved -> assertThat(moved.businessName()).isEqualTo(survivor.getDisplayName()));
    }

    @Test
    void partnersHaveNoTimeAtAll() {
        UserAccount worker = accounts.signIn("time-partner-probe", Role.STAFF);
        accounts.signIn("time-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> time.week(worker.getId(), MONDAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void timeOnABusinessAndAnIssueCountsInTheWeekUnderItsActivity() {
        UserAccount worker = accounts.signIn("time-linker", Role.STAFF);
        Business business = businesses.create("Linked Bakery", "311811", null, 0);
        MacroIssue issue = issue("Linked time: broadband gaps");
        LinkedTimeDraft draft = draft(MONDAY.plusDays(1), "1.5", business.getId(), issue.getId());
        draft.setNote("  Called about the fibre route ");

        LinkedTime saved = time.addLinked(draft);

        assertThat(saved.subject()).isEqualTo(business.getDisplayName() + " · " + issue.getTitle());
        assertThat(saved.note()).isEqualTo("Called about the fibre route");
        WeekSheet week = time.week(worker.getId(), MONDAY);
        assertThat(week.hours(Activity.ISSUE_WORK, MONDAY.plusDays(1))).isEqualByComparingTo("1.5");
        assertThat(week.plainHours(Activity.ISSUE_WORK, MONDAY.plusDays(1))).isNull();
        assertThat(week.total()).isEqualByComparingTo("1.5");

        time.delete(saved.id(), saved.version());
        assertThat(time.week(worker.getId(), MONDAY).linked()).isEmpty();
    }

    @Test
    void badEntriesAreRefusedWithAMessageOnTheirField() {
        accounts.signIn("time-validator", Role.STAFF);
        Business business = businesses.create("Checked Foundry", "331110", null, 0);
        Long id = business.getId();

        assertRefused(draft(MONDAY, "0", id, null), "hours", "more than 0");
        assertRefused(draft(MONDAY, "24.5", id, null), "hours", "24 hours at most");
        assertRefused(draft(MONDAY, "1.125", id, null), "hours", "two decimals");
        assertRefused(draft(null, "1", id, null), "day", "Choose the day");
        LinkedTimeDraft visits = draft(MONDAY, "1", id, null);
        visits.setActivity(Activity.VISITS);
        assertRefused(visits, "activity", "Visits record their own hours");
        assertRefused(draft(MONDAY, "1", null, null), "business", "Name the business or the issue");
        assertRefused(draft(MONDAY, "1", Long.MAX_VALUE, null), "business", "no longer exists");
        assertRefused(draft(MONDAY, "1", null, Long.MAX_VALUE), "issue", "no longer exists");
        LinkedTimeDraft longNote = draft(MONDAY, "1", id, null);
        longNote.setNote("x".repeat(501));
        assertRefused(longNote, "note", "500 characters");

        businessService.archive(id);
        assertRefused(draft(MONDAY, "1", id, null), "business", "is archived");
    }

    @Test
    void noDayHoldsMoreThanTwentyFourHoursOfGridAndNamedTimeTogether() {
        UserAccount worker = accounts.signIn("time-long-day", Role.STAFF);
        MacroIssue issue = issue("Linked time: permits backlog");
        time.saveWeek(time.week(worker.getId(), MONDAY), hours(Activity.ADMIN, MONDAY, "20"));

        assertRefused(draft(MONDAY, "5", null, issue.getId()), "hours", "already have 20 hours");
        time.addLinked(draft(MONDAY, "4", null, issue.getId()));

        WeekSheet week = time.week(worker.getId(), MONDAY);
        assertThatThrownBy(() -> time.saveWeek(week, hours(Activity.ADMIN, MONDAY, "20.5")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("add up to 24.5");
        assertThat(time.week(worker.getId(), MONDAY).hours(Activity.ADMIN, MONDAY)).isEqualByComparingTo("20");
    }

    private void assertRefused(LinkedTimeDraft draft, String field, String message) {
        assertThatThrownBy(() -> time.addLinked(draft)).isInstanceOfSatisfying(RuleViolationException.class,
                rule -> {
                    assertThat(rule.getField()).isEqualTo(field);
                    assertThat(rule.getMessage()).contains(message);
                });
    }

    private MacroIssue issue(String title) {
        MacroIssue issue = new MacroIssue();
        issue.setTitle(title);
        issue.setCategory(IssueCategory.BROADBAND);
        return issues.save(issue);
    }

    private static LinkedTimeDraft draft(LocalDate day, String hours, Long businessId, Long issueId) {
        LinkedTimeDraft draft = new LinkedTimeDraft();
        draft.setDay(day);
        draft.setActivity(Activity.ISSUE_WORK);
        draft.setHours(new BigDecimal(hours));
        draft.setBusinessId(businessId);
        draft.setIssueId(issueId);
        return draft;
    }

    private static Map<Activity, Map<LocalDate, BigDecimal>> hours(Activity activity, LocalDate day, String value) {
        Map<Activity, Map<LocalDate, BigDecimal>> hours = WeekSheet.emptyHours();
        hours.get(activity).put(day, new BigDecimal(value));
        return hours;
    }
}
