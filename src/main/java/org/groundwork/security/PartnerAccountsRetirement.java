package org.groundwork.security;

import org.groundwork.stakeholder.OrganizationRetired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When an organization is retired its partner users are disabled and their open sessions end at once. */
@Component
class PartnerAccountsRetirement {

    private final UserAccountRepository users;
    private final SessionTerminator sessions;

    PartnerAccountsRetirement(UserAccountRepository users, SessionTerminator sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @EventListener
    void on(OrganizationRetired retired) {
        for (UserAccount account : users.findByOrganizationIdOrderByFullName(retired.organizationId())) {
            account.setEnabled(false);
            sessions.endSessionsOf(account.getUsername());
        }
    }
}
