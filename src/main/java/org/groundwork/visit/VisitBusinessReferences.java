package org.groundwork.visit;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.BusinessService;
import org.groundwork.business.BusinessesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps visits attached to a real business: a business with visits is archived rather than deleted, and a
 * merged duplicate's visits move to the business that survives the merge.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class VisitBusinessReferences implements BusinessReferences {

    private final VisitRepository visits;
    private final BusinessService businesses;

    @Override
    @Transactional(readOnly = true)
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(visits.countByBusinessId(businessId), "It has", "visit or contact",
                "visits and contacts");
    }

    /** Runs inside the merge's transaction, so the move commits or rolls back with the merge. */
    @EventListener
    @Transactional
    public void on(BusinessesMerged merged) {
        visits.moveVisits(businesses.get(merged.survivorId()), merged.mergedId());
    }
}
