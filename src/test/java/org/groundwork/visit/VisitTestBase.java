package org.groundwork.visit;

import java.time.LocalDate;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the visit service tests share: the services, their fixtures, a staff member signed in, and today. */
abstract class VisitTestBase {

    @Autowired
    VisitService visits;
    @Autowired
    InterviewService interviews;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    private final String staffUsername;
    UserAccount me;
    LocalDate today;

    VisitTestBase(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    @BeforeEach
    void signInAsStaff() {
        me = accounts.signIn(staffUsername, Role.STAFF);
        today = LocalDate.now(clock);
    }
}
