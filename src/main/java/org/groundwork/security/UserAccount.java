package org.groundwork.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.AuditRedacted;
import org.groundwork.base.EmailAddress;
import org.groundwork.base.Texts;

/** A person who can sign in. Usernames are stored in lower case so "Ana" and "ana" are the same account. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @NotBlank(message = "Enter a username.")
    @Size(min = 3, max = 50, message = "A username has 3 to 50 characters.")
    @Pattern(regexp = "[a-z0-9._@-]*", message = "Use lower-case letters, digits and . _ @ - only.")
    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @NotBlank(message = "Enter the person's name.")
    @Size(max = 100, message = "Keep the name under 100 characters.")
    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @EmailAddress
    @Column(length = 150)
    private String email;

    @AuditRedacted
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @NotEmpty(message = "Give the user at least one role.")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The partner organization a Partner user belongs to (an id from the stakeholder module); none for staff. */
    @Column(name = "organization_id")
    private Long organizationId;

    /**
     * Changes with every change to what the account may do (roles, enabled, username, password). Each request
     * compares its session's copy with this, so the change reaches live sessions on every app node.
     */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /** Written by a bulk update at sign-in, so signing in never clashes with an admin editing the account. */
    @Column(name = "last_login_at", insertable = false, updatable = false)
    private Instant lastLoginAt;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        String normalized = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
        renewStampIf(!Objects.equals(this.username, normalized));
        this.username = normalized;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimmed(email);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        renewStampIf(!Objects.equals(this.passwordHash, passwordHash));
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** Changes the roles in place: Hibernate then records a collection update, which the audit trail shows. */
    public void setRoles(Set<Role> roles) {
        Set<Role> wanted = roles == null ? Set.of() : Set.copyOf(roles);
        renewStampIf(!this.roles.equals(wanted));
        replaceInPlace(this.roles, wanted);
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        renewStampIf(this.enabled != enabled);
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    /** A new organization changes what the person may see, so live sessions pick it up on their next request. */
    public void setOrganizationId(Long organizationId) {
        renewStampIf(!Objects.equals(this.organizationId, organizationId));
        this.organizationId = organizationId;
    }

    public boolean isPartner() {
        return roles.contains(Role.STAKEHOLDER);
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    long getSecurityStamp() {
        return securityStamp;
    }

    private void renewStampIf(boolean changed) {
        if (changed) {
            securityStamp++;
        }
    }
}
