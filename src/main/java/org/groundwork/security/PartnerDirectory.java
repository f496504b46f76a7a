package org.groundwork.security;

import java.util.Collection;
import java.util.List;
import org.groundwork.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled users of partner organizations, so a comment can mention the partners who may read it. Callers
 * pass only organizations the access filter has already allowed (those an issue is shared with).
 */
@Service
@PreAuthorize(Roles.IS_SIGNED_IN)
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final UserAccountRepository users;

    PartnerDirectory(UserAccountRepository users) {
        this.users = users;
    }

    public List<PartnerUser> usersOf(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return users.findByOrganizationIdInAndEnabledTrue(organizationIds).stream()
                .filter(UserAccount::isPartner)
                .map(u -> new PartnerUser(u.getUsername(), u.getFullName(), u.getOrganizationId())).toList();
    }
}
