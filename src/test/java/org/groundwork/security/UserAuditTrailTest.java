package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Every change to an audited record lands in the trail with who, what and the changed fields. */
@GroundworkTest
class UserAuditTrailTest {

    @Autowired
    UserAdminService users;
    @Autowired
    AuditService audit;
    @Autowired
    TestAccounts accounts;
    @Autowired
    MutableClock clock;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private String adminName;

    @BeforeEach
    void signIn() {
        adminName = "auditor-" + suffix;
        accounts.signIn(adminName, Role.ADMIN);
    }

    @Test
    void createUpdateAndRoleChangesAreRecordedWithTheirAuthorAndFields() {
        UserAccount created = users.create(draft("trail-" + suffix), "violet-trains-at-dawn");
        UserAccount edited = users.get(created.getId());
        edited.setFullName("Renamed Person");
        edited.setRoles(EnumSet.of(Role.STAFF, Role.DIRECTOR));
        users.update(edited);

        List<AuditEvent> history = audit.historyOf("UserAccount", created.getId(), PageRequest.of(0, 20))
                .getContent();
        assertThat(history).extracting(AuditEvent::getActor).containsOnly(adminName);
        assertThat(history).filteredOn(e -> e.getAction() == AuditAction.CREATE).singleElement()
                .satisfies(e -> assertThat(e.getDetails()).contains("username: \"trail-" + suffix + "\""));
        assertThat(history).filteredOn(e -> e.getAction() == AuditAction.UPDATE)
                .extracting(AuditEvent::getDetails)
                .anySatisfy(d -> assertThat(d).contains("fullName: \"Person trail-" + suffix + "\" → \"Renamed Person\""))
                .anySatisfy(d -> assertThat(d).startsWith("roles: [STAFF] → ").contains("DIRECTOR"));
    }

    @Test
    void passwordHashesNeverReachTheTrail() {
        UserAccount created = users.create(draft("secret-" + suffix), "violet-trains-at-dawn");
        users.resetPassword(created.getId(), created.getVersion());
        List<AuditEvent> history = audit.historyOf("UserAccount", created.getId(), PageRequest.of(0, 20))
                .getContent();
        assertThat(history).extracting(AuditEvent::getDetails)
                .allSatisfy(details -> assertThat(details).doesNotContain("argon2"))
                .anySatisfy(details -> assertThat(details).contains("passwordHash: changed"));
    }

    @Test
    void theTrailFiltersByUserEventTypeTextAndDate() {
        users.create(draft("filter-" + suffix), "violet-trains-at-dawn");
        LocalDate today = LocalDate.now(clock);
        assertThat(audit.count(new AuditFilter(adminName, AuditAction.CREATE, "UserAccount", "filter-" + suffix,
                today, today))).isEqualTo(1);
        assertThat(audit.count(new AuditFilter(adminName, AuditAction.CREATE, "UserAccount", "filter-" + suffix,
                today.plusDays(1), null))).isZero();
        assertThat(audit.find(new AuditFilter(adminName, null, null, null, null, null), PageRequest.of(0, 1)))
                .hasSize(1);
    }

    private static UserAccount draft(String username) {
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setFullName("Person " + username);
        account.setRoles(EnumSet.of(Role.STAFF));
        return account;
    }
}
