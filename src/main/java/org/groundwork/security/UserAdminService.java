package org.groundwork.security;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Texts;
import org.groundwork.ops.ReplicaRead;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management for administrators: accounts, roles, enabling, password resets. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional
@RequiredArgsConstructor
public class UserAdminService {

    private final UserAccountRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SessionTerminator sessions;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final CurrentUser currentUser;

    @Transactional(readOnly = true)
    public List<UserAccount> search(String text, Pageable pageable) {
        return users.search(Texts.containsPattern(text), pageable).getContent();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return users.countMatching(Texts.containsPattern(text));
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return users.findById(id).orElseThrow(() -> new RuleViolationException("That user no longer exists."));
    }

    /** The accounts of one partner organization, for its page. */
    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(Long organizationId) {
        return users.findByOrganizationIdOrderByFullName(organizationId);
    }

    /** A strong random password the admin may offer as the initial one. */
    public String suggestPassword() {
        return TemporaryPasswords.generate();
    }

    /** Creates an account; the person must choose their own password when they first sign in. */
    public UserAccount create(UserAccount draft, String initialPassword) {
        if (!draft.isNew()) {
            throw new IllegalArgumentException("Use update() for an existing user");
        }
        requireUniqueUsername(draft);
        checkOrganization(draft);
        policy.problemWith(initialPassword, draft.getUsername())
                .ifPresent(problem -> { throw new RuleViolationException("password", problem); });
        draft.setPasswordHash(encoder.encode(initialPassword));
        draft.setMustChangePassword(true);
        return users.saveAndFlush(draft);
    }

    /** Saves an edited account. Fails with a conflict if someone else saved it since it was read. */
    public UserAccount update(UserAccount edited) {
        UserAccount stored = users.findById(edited.getId())
                .orElseThrow(() -> new RuleViolationException("That user no longer exists."));
        stored.requireVersion(edited.getVersion());
        requireUniqueUsername(edited);
        checkOrganization(edited);
        if (isSelf(stored) && stored.getRoles().contains(Role.ADMIN) && !edited.getRoles().contains(Role.ADMIN)) {
            throw new RuleViolationException("roles", "You can't remove your own administrator role.");
        }
        if (stored.getRoles().contains(Role.ADMIN) && !edited.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(stored, "roles");
        }
        String previousUsername = stored.getUsername();
        stored.setUsername(edited.getUsername());
        stored.setOrganizationId(edited.getOrganizationId());
        stored.setFullName(edited.getFullName());
        stored.setEmail(edited.getEmail());
        stored.setRoles(edited.getRoles());
        UserAccount saved = users.saveAndFlush(stored);
        if (!previousUsername.equals(saved.getUsername())) {
            sessions.endSessionsOf(previousUsername);
        }
        return saved;
    }

    /** Disabling ends the user's live sessions at once, not just their next sign-in. */
    public UserAccount setEnabled(Long id, long version, boolean enabled) {
        UserAccount account = current(id, version);
        if (!enabled && isSelf(account)) {
            throw new RuleViolationException("You can't disable your own account.");
        }
        if (!enabled && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(account, null);
        }
        account.setEnabled(enabled);
        UserAccount saved = users.saveAndFlush(account);
        if (!enabled) {
            sessions.endSessionsOf(account.getUsername());
        }
        return saved;
    }

    /** Sets a random temporary password, returned once to hand over; the user must replace it at sign-in. */
    public String resetPassword(Long id, long version) {
        UserAccount account = current(id, version);
        String temporary = TemporaryPasswords.generate();
        account.setPasswordHash(encoder.encode(temporary));
        account.setMustChangePassword(true);
        users.saveAndFlush(account);
        sessions.endSessionsOf(account.getUsername());
        throttle.unlock(account.getUsername());
        return temporary;
    }

    /** Lets a user locked out by failed sign-ins (their own or an attacker's) try again at once, from anywhere. */
    public void unlockSignIn(Long id) {
        UserAccount account = get(id);
        throttle.unlock(account.getUsername());
        audit.record(AuditAction.UPDATE, UserAccount.class.getSimpleName(), id, "sign-in unlocked");
    }

    @ReplicaRead
    @Transactional(readOnly = true)
    public List<UserAccessRow> accessReport() {
        return users.findAll(Sort.by("username")).stream()
                .map(user -> new UserAccessRow(user.getUsername(), user.getFullName(), roleNames(user),
                        user.isEnabled(), user.isMustChangePassword(), user.getLastLoginAt(),
                        audit.countRecent(user.getUsername(), AuditAction.LOGIN_FAILURE, Duration.ofDays(30)),
                        throttle.consecutiveFailures(user.getUsername())))
                .toList();
    }

    private UserAccount current(Long id, long version) {
        UserAccount account = get(id);
        account.requireVersion(version);
        return account;
    }

    /**
     * A Partner belongs to exactly one organization and sees what is shared with it; people inside the EDO see
     * everything, so an organization on their account would mean nothing and a Partner mixing roles would see it all.
     */
    private static void checkOrganization(UserAccount account) {
        if (account.isPartner() && account.getRoles().size() > 1) {
            throw new RuleViolationException("roles", "A Partner account can't have other roles as well.");
        }
        if (account.isPartner() && account.getOrganizationId() == null) {
            throw new RuleViolationException("organization", "Choose the partner organization this person works for.");
        }
        if (!account.isPartner() && account.getOrganizationId() != null) {
            throw new RuleViolationException("organization",
                    "Only Partner accounts belong to an organization; clear it for staff, directors and admins.");
        }
    }

    /** Locks the enabled admins first, so two admins demoting each other at once cannot both succeed. */
    private void requireAnotherEnabledAdmin(UserAccount leaving, String field) {
        boolean another = users.lockEnabledWithRole(Role.ADMIN.name()).stream()
                .anyMatch(id -> !id.equals(leaving.getId()));
        if (!another) {
            throw new RuleViolationException(field, "This is the last enabled administrator. Make someone else an "
                    + "administrator first.");
        }
    }

    private void requireUniqueUsername(UserAccount account) {
        users.findByUsername(account.getUsername())
                .filter(other -> !other.getId().equals(account.getId()))
                .ifPresent(other -> {
                    throw new RuleViolationException("username", "The username \"" + account.getUsername()
                            + "\" is taken. Choose another.");
                });
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.username().map(account.getUsername()::equals).orElse(false);
    }

    private static String roleNames(UserAccount user) {
        return user.getRoles().stream().sorted(Comparator.naturalOrder()).map(Role::label)
                .collect(Collectors.joining(", "));
    }
}
