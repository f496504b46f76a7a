package org.groundwork.visit.followup;

import java.util.Optional;
import org.groundwork.stakeholder.OrganizationReferences;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** An organization that owns follow-ups is kept (and can be retired), so their history keeps its owner. */
@Component
class FollowUpOwnerReferences implements OrganizationReferences {

    private final FollowUpService followUps;

    /** Lazy: the follow-up service needs the organization service, which asks every OrganizationReferences. */
    FollowUpOwnerReferences(@Lazy FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Optional<String> reasonToKeep(Long organizationId) {
        long count = followUps.countOwnedByOrganization(organizationId);
        return count == 0 ? Optional.empty()
                : Optional.of("It owns " + count + (count == 1 ? " follow-up." : " follow-ups."));
    }
}
