package org.groundwork.security;

/** A person inside the EDO who can own records and work: what other features need to know about a user. */
public record StaffMember(Long id, String username, String fullName) {
}
