package org.groundwork.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.security.AccountService;
import org.groundwork.security.AccountStatus;
import org.groundwork.security.Role;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.security.UserAdminService;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A user with a temporary password can do nothing but replace it: every service read refuses them (navigation is
 * forwarded separately), and once they have chosen their own password their roles apply at once.
 */
@GroundworkTest
class TemporaryPasswordServicesTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    AccountService account;
    @Autowired
    GlobalSearchService search;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ApplicationContext context;

    private final String username = "temporary-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyServiceReadButTheirOwnAccountStatusRefusesThem() {
        signInWithTemporaryPassword(Role.ADMIN);
        Map<String, String> answered = new LinkedHashMap<>();
        ServiceReadMethods.of(context).forEach((method, call) -> {
            String outcome = ServiceReadMethods.outcome(call);
            if (!ServiceReadMethods.REFUSED.equals(outcome)) {
                answered.put(method, outcome);
            }
        });
        // A published scorecard's public link needs no sign-in at all, so it answers anyone who holds the link.
        assertThat(answered).containsOnlyKeys("AccountService.status()", "ScorecardService.byPublicLink(String)");
        assertThat(account.status()).isEqualTo(AccountStatus.MUST_CHANGE_PASSWORD);
        assertThatThrownBy(() -> search.search("a", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.search(null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void choosingTheirOwnPasswordGivesThemTheirRolesAtOnce() {
        String temporary = signInWithTemporaryPassword(Role.STAFF);
        account.changeOwnPassword(temporary, "copper kettles sing at noon");
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(search.search("a", 5)).isNotNull();
    }

    private String signInWithTemporaryPassword(Role role) {
        UserAccount created = accounts.ensure(username, role);
        accounts.signIn("temporary-admin-" + username, Role.ADMIN);
        String temporary = admin.resetPassword(created.getId(), created.getVersion());
        UserAccount reset = admin.get(created.getId());
        accounts.signIn(reset);
        return temporary;
    }
}
