package org.groundwork.stakeholder;

/** Published in the transaction that retires an organization, so its users lose access with it. */
public record OrganizationRetired(Long organizationId) {
}
