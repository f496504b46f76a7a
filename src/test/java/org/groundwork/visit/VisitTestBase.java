package org.groundwork.visit;

import java.time.LocalDate;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** What the visit service tests share: the services, their fixtures, a staff member (or admin) signed in, and today. */
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

    private final String username;
    private final Role role;
    UserAccount me;
    LocalDate today;

    VisitTestBase(String staffUsername) {
        this(staffUsername, Role.STAFF);
    }

    VisitTestBase(String username, Role role) {
        this.username = username;
        this.role = role;
    }

    @BeforeEach
    void signIn() {
        me = accounts.signIn(username, role);
        today = LocalDate.now(clock);
    }
}
