package org.groundwork.security;

/** A partner organization's user, as mentions and notifications need them. */
public record PartnerUser(String username, String fullName, Long organizationId) {
}
