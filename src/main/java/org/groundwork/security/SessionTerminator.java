package org.groundwork.security;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every live session of a user, e.g. when an admin disables the account or resets its password. */
@Component
@RequiredArgsConstructor
class SessionTerminator {

    private final SessionRegistry registry;

    void endSessionsOf(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser user && user.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
