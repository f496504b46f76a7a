package org.groundwork.security;

import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled users of partner organizations, so a comment can mention the partners who may read it. A partner
 * asking gets the users of their own organization and of those the access filter allows them to mention
 * ({@link MentionVisibility}); the others are left out, whatever ids they pass.
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PartnerDirectory {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final MentionVisibility visibility;

    public List<PartnerUser> usersOf(Collection<Long> organizationIds) {
        List<Long> allowed = currentUser.isInternal() ? List.copyOf(organizationIds) : organizationIds.stream()
                .filter(id -> currentUser.organizationId().map(id::equals).orElse(false)
                        || visibility.partnerMayMentionUsersOf(id)).toList();
        if (allowed.isEmpty()) {
            return List.of();
        }
        return users.findByOrganizationIdInAndEnabledTrue(allowed).stream()
                .filter(UserAccount::isPartner)
                .map(u -> new PartnerUser(u.getUsername(), u.getFullName(), u.getOrganizationId())).toList();
    }
}
