package org.groundwork.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.TextSearch;
import org.groundwork.base.Texts;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled staff, directors and admins, for owner pickers and for showing who owns or did what. Partners get
 * nothing from it but usernames to mention, and only while {@link MentionVisibility} (the access filter) says their
 * organization may comment on something: no ids, no names, no searching (docs/partner-access.md).
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class StaffDirectory implements TextSearch<StaffMember> {

    private static final EnumSet<Role> INTERNAL = EnumSet.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF);

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final MentionVisibility visibility;

    /** Open to partners for the mention composer only: a page of usernames, without a search text. */
    @Override
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<StaffMember> search(String text, Pageable pageable) {
        if (currentUser.isInternal()) {
            return users.findStaff(Texts.containsPattern(text), INTERNAL, pageable).stream().map(StaffDirectory::member)
                    .toList();
        }
        if (Texts.trimmed(text) != null || !visibility.partnerMayMentionStaff()) {
            return List.of();
        }
        return users.findStaff(null, INTERNAL, pageable).stream().map(StaffDirectory::usernameOnly).toList();
    }

    @Override
    public long count(String text) {
        return users.countStaff(Texts.containsPattern(text), INTERNAL);
    }

    public Optional<StaffMember> find(Long id) {
        return id == null ? Optional.empty() : users.findById(id).map(StaffDirectory::member);
    }

    /**
     * An enabled member of staff by username; empty for a disabled account or a partner. Open to partners to tell a
     * mentioned staff username from any other word: they get the username back, nothing more.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<StaffMember> findByUsername(String username) {
        boolean internal = currentUser.isInternal();
        if (!internal && !visibility.partnerMayMentionStaff()) {
            return Optional.empty();
        }
        return users.findByUsername(username)
                .filter(u -> u.isEnabled() && u.getRoles().stream().anyMatch(INTERNAL::contains))
                .map(internal ? StaffDirectory::member : StaffDirectory::usernameOnly);
    }

    public List<StaffMember> findAll(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(StaffDirectory::member).toList();
    }

    /** Full names by id, read in one query for a page of records that name staff; null ids are skipped. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return findAll(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
    }

    private static StaffMember member(UserAccount account) {
        return new StaffMember(account.getId(), account.getUsername(), account.getFullName());
    }

    private static StaffMember usernameOnly(UserAccount account) {
        return new StaffMember(null, account.getUsername(), account.getUsername());
    }
}
