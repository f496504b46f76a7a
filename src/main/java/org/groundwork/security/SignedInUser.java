package org.groundwork.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session, a snapshot of the account at sign-in (or at its last refresh, see
 * {@link SessionFreshness}). An account with a temporary password gets no roles until it is replaced: method
 * security then refuses every service call and the router every page but changing the password. Equal by username, which the session registry relies on to find every
 * session of a user who is disabled.
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String fullName;
    private final Long organizationId;
    private final List<SimpleGrantedAuthority> authorities;
    private final long securityStamp;

    SignedInUser(UserAccount account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.fullName = account.getFullName();
        this.organizationId = account.getOrganizationId();
        this.authorities = account.isMustChangePassword() ? List.of() : account.getRoles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        this.securityStamp = account.getSecurityStamp();
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    /** The partner organization of a Partner user; null for everyone inside the EDO. */
    public Long getOrganizationId() {
        return organizationId;
    }

    /** The account's security stamp when this principal was made; a different stored stamp means it is stale. */
    long getSecurityStamp() {
        return securityStamp;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return username;
    }
}
