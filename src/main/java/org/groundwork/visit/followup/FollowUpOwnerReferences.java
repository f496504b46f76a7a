package org.groundwork.visit.followup;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.stakeholder.OrganizationReferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** An organization that owns follow-ups is kept (and can be retired), so their history keeps its owner. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class FollowUpOwnerReferences implements OrganizationReferences {

    private final FollowUpService followUps;

    @Override
    public Optional<String> reasonToKeep(Long organizationId) {
        return KeepReasons.counted(followUps.countOwnedByOrganization(organizationId), "It owns", "follow-up",
                "follow-ups");
    }
}
