package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.session.SessionRegistry;

@GroundworkTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService service;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    DatabaseAuthenticationProvider provider;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void signInAsAdmin() {
        accounts.signIn("admin-" + suffix, Role.ADMIN);
    }

    @Test
    void createsAnAccountThatMustChooseItsOwnPasswordAtFirstSignIn() {
        UserAccount created = service.create(draft("kim-" + suffix, Role.STAFF), "lanterns-over-the-harbor");
        assertThat(created.getId()).isNotNull();
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(created.getPasswordHash()).startsWith("{argon2}").doesNotContain("lanterns");
    }

    @Test
    void refusesAWeakInitialPasswordOnThePasswordField() {
        assertThatThrownBy(() -> service.create(draft("weak-" + suffix, Role.STAFF), "qwerty123456"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("password"));
        assertThat(service.count("weak-" + suffix)).isZero();
    }

    @Test
    void refusesADuplicateUsernameWhateverItsCase() {
        service.create(draft("dup-" + suffix, Role.STAFF), "lanterns-over-the-harbor");
        assertThatThrownBy(() -> service.create(draft("DUP-" + suffix, Role.STAFF), "lanterns-over-the-harbor"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("username");
                    assertThat(e.getMessage()).contains("is taken");
                });
    }

    @Test
    void aStaleEditFailsAndOverwritesNothing() {
        UserAccount created = service.create(draft("race-" + suffix, Role.STAFF), "lanterns-over-the-harbor");
        UserAccount mine = service.get(created.getId());
        UserAccount theirs = service.get(created.getId());
        theirs.setFullName("Their Name");
        service.update(theirs);

        mine.setFullName("My Name");
        assertThatThrownBy(() -> service.update(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(created.getId()).getFullName()).isEqualTo("Their Name");
    }

    @Test
    void rolesCanBeChangedButAnAdminCannotDropTheirOwnAdminRole() {
        UserAccount created = service.create(draft("roles-" + suffix, Role.STAFF), "lanterns-over-the-harbor");
        UserAccount edited = service.get(created.getId());
        edited.setRoles(EnumSet.of(Role.STAFF, Role.DIRECTOR));
        assertThat(service.update(edited).getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.DIRECTOR);

        UserAccount self = service.search("admin-" + suffix, PageRequest.of(0, 1)).getFirst();
        self.setRoles(EnumSet.of(Role.STAFF));
        assertThatThrownBy(() -> service.update(self)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("own administrator role");
    }

    @Test
    void disablingEndsTheUsersLiveSessionsAndBlocksSignIn() {
        UserAccount user = accounts.ensure("live-" + suffix, Role.STAFF);
        sessions.registerNewSession("session-" + suffix, new SignedInUser(user));

        service.setEnabled(user.getId(), user.getVersion(), false);

        assertThat(sessions.getSessionInformation("session-" + suffix).isExpired()).isTrue();
        assertThat(service.get(user.getId()).isEnabled()).isFalse();
    }

    @Test
    void anAdminCannotDisableThemselves() {
        UserAccount self = service.search("admin-" + suffix, PageRequest.of(0, 1)).getFirst();
        assertThatThrownBy(() -> service.setEnabled(self.getId(), self.getVersion(), false))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aResetGivesATemporaryPasswordThatSignsInAndMustBeChanged() {
        UserAccount user = accounts.ensure("reset-" + suffix, Role.STAFF);
        String temporary = service.resetPassword(user.getId(), user.getVersion());
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
        assertThat(service.get(user.getId()).isMustChangePassword()).isTrue();
        accounts.signOut();
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reset-" + suffix,
                temporary)).isAuthenticated()).isTrue();
    }

    @Test
    void theAccessReportListsEveryAccount() {
        accounts.ensure("report-" + suffix, Role.DIRECTOR);
        assertThat(service.accessReport()).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo("report-" + suffix);
            assertThat(row.roles()).isEqualTo("Director");
            assertThat(row.enabled()).isTrue();
        });
    }

    @Test
    void nobodyButAnAdminMayManageUsers() {
        accounts.signIn("staff-" + suffix, Role.STAFF);
        assertThatThrownBy(() -> service.search(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signIn("director-" + suffix, Role.DIRECTOR);
        assertThatThrownBy(() -> service.create(draft("x-" + suffix, Role.ADMIN), "lanterns-over-the-harbor"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static UserAccount draft(String username, Role role) {
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setFullName("Person " + username);
        account.setRoles(EnumSet.of(role));
        return account;
    }
}
