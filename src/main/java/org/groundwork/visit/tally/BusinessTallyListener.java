package org.groundwork.visit.tally;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * A business that changed (its sector, tier, key mark, owner, archived or status; merged; deleted) moves its rows
 * to its new cells, in the transaction of the change: the business feature publishes, it never imports the tally.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class BusinessTallyListener {

    private final VisitTally tally;

    @EventListener
    public void on(BusinessesChanged changed) {
        tally.refresh(changed.businessIds());
    }
}
