package org.groundwork.security;

import lombok.RequiredArgsConstructor;
import org.groundwork.stakeholder.OrganizationRetired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an organization is retired its partner users are disabled and their open sessions end at once. */
@Component
@RequiredArgsConstructor
class PartnerAccountsRetirement {

    private final UserAccountRepository users;
    private final SessionTerminator sessions;

    @EventListener
    void on(OrganizationRetired retired) {
        for (UserAccount account : users.findByOrganizationIdOrderByFullName(retired.organizationId())) {
            account.setEnabled(false);
            sessions.endSessionsOf(account.getUsername());
        }
    }
}
