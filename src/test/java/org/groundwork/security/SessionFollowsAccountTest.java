package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundwork.security.SecuredRequests.signedInSession;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in session follows what an admin changes on the account, from its very next request. Most sessions
 * here were never registered in this node's session registry, as if they lived on another app node.
 */
@GroundworkTest
class SessionFollowsAccountTest {

    @Autowired
    SecuredRequests requests;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdminService admin;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestOrganizations organizations;
    @Autowired
    SessionRegistry registry;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aStaffMemberMadeAPartnerIsAPartnerOnTheNextRequest() throws Exception {
        UserAccount riley = accounts.ensure("riley-" + suffix, Role.STAFF);
        MockHttpSession session = signedInSession(riley);
        assertThat(request(session)).containsExactly(Role.STAFF);

        asAdmin(() -> {
            UserAccount edited = admin.get(riley.getId());
            edited.setRoles(EnumSet.of(Role.STAKEHOLDER));
            edited.setOrganizationId(newOrganization().getId());
            admin.update(edited);
        });

        assertThat(request(session)).containsExactly(Role.STAKEHOLDER);
        assertThat(request(session)).as("the refreshed roles stay in the session").containsExactly(Role.STAKEHOLDER);
    }

    @Test
    void aDisabledAccountIsSignedOutOnTheNextRequest() throws Exception {
        UserAccount riley = accounts.ensure("riley-" + suffix, Role.STAFF);
        MockHttpSession session = signedInSession(riley);

        asAdmin(() -> disable(riley));

        assertThat(request(session)).as("the request reaches the app signed out").isEmpty();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionOfThisNodeEndedByDisablingReachesTheAppSignedOut() throws Exception {
        UserAccount riley = accounts.ensure("riley-here-" + suffix, Role.STAFF);
        MockHttpSession session = signedInSession(riley);
        registry.registerNewSession(session.getId(), new SignedInUser(riley));

        asAdmin(() -> disable(riley));

        assertThat(registry.getSessionInformation(session.getId()).isExpired()).isTrue();
        assertThat(request(session)).as("the app (the sign-in page), not a plain-text expiry notice").isEmpty();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordResetByAnAdminEndsTheSessionEverywhere() throws Exception {
        UserAccount riley = accounts.ensure("riley-" + suffix, Role.STAFF);
        MockHttpSession session = signedInSession(riley);

        asAdmin(() -> admin.resetPassword(riley.getId(), admin.get(riley.getId()).getVersion()));

        request(session);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anUnchangedAccountKeepsItsSession() throws Exception {
        UserAccount riley = accounts.ensure("riley-" + suffix, Role.STAFF);
        MockHttpSession session = signedInSession(riley);
        asAdmin(() -> {
            UserAccount edited = admin.get(riley.getId());
            edited.setFullName("Riley Renamed");
            admin.update(edited);
        });
        assertThat(request(session)).containsExactly(Role.STAFF);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() {
        UserAccount last = accounts.ensure("last-admin-" + suffix, Role.ADMIN);
        asAdmin(() -> { });
        List<Long> others = transactions.execute(status -> users.lockEnabledWithRole(Role.ADMIN.name()).stream()
                .filter(id -> !id.equals(last.getId())).toList());
        setEnabled(others, false);
        try {
            asAdmin(() -> {
                UserAccount edited = admin.get(last.getId());
                edited.setRoles(EnumSet.of(Role.STAFF));
                assertThatThrownBy(() -> admin.update(edited)).isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("last enabled administrator");
                assertThatThrownBy(() -> admin.setEnabled(last.getId(), last.getVersion(), false))
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining("last enabled administrator");
            });
            assertThat(users.findById(last.getId()).orElseThrow().getRoles()).containsExactly(Role.ADMIN);
        } finally {
            setEnabled(others, true);
        }
    }

    /** Signs in as a second admin, who (being disabled in the last-admin test) exists only in this context. */
    private void asAdmin(Runnable action) {
        UserAccount acting = users.findByUsername("acting-admin-" + suffix)
                .orElseGet(() -> accounts.ensure("acting-admin-" + suffix, Role.ADMIN));
        accounts.signIn(acting);
        try {
            action.run();
        } finally {
            accounts.signOut();
        }
    }

    private void disable(UserAccount account) {
        UserAccount current = admin.get(account.getId());
        admin.setEnabled(current.getId(), current.getVersion(), false);
    }

    private void setEnabled(List<Long> ids, boolean enabled) {
        transactions.executeWithoutResult(status -> users.findAllById(ids).forEach(u -> u.setEnabled(enabled)));
    }

    /** A Partner must belong to an organization; made while signed in as the admin. */
    private PartnerOrganization newOrganization() {
        return organizations.named("Chamber " + suffix);
    }

    /** Sends one Vaadin request (a click, a navigation) through the security filters; returns the app's view. */
    private Set<Role> request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = requests.request("POST", "/", session);
        request.setParameter("v-r", "uidl");
        return requests.send(request, new MockHttpServletResponse(), app -> Arrays.stream(Role.values())
                .filter(role -> app.isUserInRole(role.authority().substring("ROLE_".length())))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))).orElseThrow();
    }
}
