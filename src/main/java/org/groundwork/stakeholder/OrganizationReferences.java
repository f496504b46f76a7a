package org.groundwork.stakeholder;

import java.util.Optional;

/**
 * Implemented by features whose records name a partner organization (action items, follow-ups, visits). An
 * organization may be deleted only if none of them objects; otherwise the user is told why and can retire it.
 */
public interface OrganizationReferences {

    /** A plain sentence such as "It owns 2 open action items." if this feature still names the organization. */
    Optional<String> reasonToKeep(Long organizationId);
}
