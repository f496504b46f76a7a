package org.groundwork.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views that need the name or the roles of the current user. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        return authentication().map(Authentication::getName);
    }

    public String requireUsername() {
        return username().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** The person's name as the app addresses them, falling back to the username. */
    public Optional<String> displayName() {
        return authentication().map(a -> a.getPrincipal() instanceof SignedInUser user ? user.getFullName()
                : a.getName());
    }

    /** The partner organization of a signed-in Partner user; empty for everyone else. */
    public Optional<Long> organizationId() {
        return authentication().map(a -> a.getPrincipal() instanceof SignedInUser user ? user.getOrganizationId()
                : null);
    }

    /** Staff, directors and admins: people inside the EDO who see every record. */
    public boolean isInternal() {
        return hasRole(Role.ADMIN) || hasRole(Role.DIRECTOR) || hasRole(Role.STAFF);
    }

    public boolean hasRole(Role role) {
        return authentication().stream().flatMap(a -> a.getAuthorities().stream())
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? Optional.empty()
                : Optional.of(authentication);
    }
}
