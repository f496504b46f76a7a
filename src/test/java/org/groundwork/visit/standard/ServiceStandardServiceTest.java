package org.groundwork.visit.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestFollowUps;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
class ServiceStandardServiceTest {

    // A Monday far from other tests' data, so the period holds only this test's follow-ups.
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @Autowired
    ServiceStandardService standards;
    @Autowired
    FollowUpService followUps;
    @Autowired
    TestFollowUps testFollowUps;
    @Autowired
    TestBusinesses businesses;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private UserAccount staff;

    @BeforeEach
    void signIn() {
        staff = accounts.signIn("standards-staff-" + suffix, Role.ADMIN);
    }

    @Test
    void theDefaultStandardsAreSeeded() {
        assertThat(standards.list(PageRequest.of(0, 20))).extracting(ServiceStandard::getName).contains(
                "Acknowledge a request within 2 business days", "Resolve a request within 30 days",
                "Write up a visit within 5 days");
    }

    @Test
    void followUpsAreMeasuredInBusinessDaysSkippingHolidays() {
        LocalDate monday = MONDAY;
        standards.addHoliday(monday.plusDays(2), "Founders' Day " + suffix);
        Business business = businesses.named("Measured " + suffix);
        at(monday);
        FollowUp quick = create(business, "Quick");
        FollowUp slow = create(business, "Slow");
        at(monday.plusDays(1));
        followUps.acknowledge(quick.getId(), quick.getVersion());
        at(monday.plusDays(3)); // Thursday; Wednesday was a holiday: 2 business days
        followUps.acknowledge(slow.getId(), slow.getVersion());
        at(monday.plusDays(4));
        FollowUp reloaded = followUps.get(slow.getId());
        followUps.close(slow.getId(), reloaded.getVersion(), FollowUpStatus.DONE, "Done");
        at(monday.plusDays(60));

        List<StandardResult> results = standards.summary(monday, monday.plusDays(1));
        String me = "Test standards-staff-" + suffix;
        assertThat(results).contains(
                new StandardResult("Acknowledge a request within 2 business days", me, 2, 2, 1.5),
                new StandardResult("Resolve a request within 30 days", me, 2, 1, 4.0));
    }

    @Test
    void aHolidayIsAddedOnceAndAPeriodMustRunForwards() {
        LocalDate day = MONDAY.minusYears(1);
        standards.addHoliday(day, "Holiday " + suffix);
        assertThat(standards.calendar().isBusinessDay(day)).isFalse();
        assertThatThrownBy(() -> standards.addHoliday(day, "Again")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already");
        assertThatThrownBy(() -> standards.summary(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void staffReadTheSummaryButOnlyAdminsChangeStandards() {
        accounts.signIn("standards-reader-" + suffix, Role.STAFF);
        assertThat(standards.summary(MONDAY, MONDAY)).isNotEmpty();
        ServiceStandard standard = new ServiceStandard();
        standard.setName("Call back within a day " + suffix);
        standard.setMeasure(Measure.FOLLOW_UP_ACKNOWLEDGED);
        standard.setDays(1);
        assertThatThrownBy(() -> standards.save(standard)).isInstanceOf(AccessDeniedException.class);
    }

    private void at(LocalDate day) {
        clock.set(day, LocalTime.of(10, 0));
    }

    private FollowUp create(Business business, String what) {
        return testFollowUps.forStaff(business, what + " " + suffix, MONDAY.plusDays(30), staff.getId());
    }
}
