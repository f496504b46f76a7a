package org.groundwork.visit.flag;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.BusinessesMerged;
import org.groundwork.visit.VisitCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Flags react to other features' events synchronously, inside the publisher's transaction: a completed visit runs
 * the flag rules (so flags commit or roll back with the completion), a business merge moves the flags.
 */
@Component
@RequiredArgsConstructor
class FlagEvents {

    private final FlagService flags;

    @EventListener
    void visitCompleted(VisitCompleted event) {
        flags.raiseByRules(event);
    }

    @EventListener
    void businessesMerged(BusinessesMerged event) {
        flags.moveAll(event.mergedId(), event.survivorId());
    }
}
