package org.groundwork.opportunity;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.BusinessesMerged;
import org.groundwork.business.TimelineEntry;
import org.groundwork.business.TimelineSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** How opportunities take part in a business's life: its timeline, the hard-delete guard and merges. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class OpportunityBusinessLinks implements TimelineSource, BusinessReferences {

    private final OpportunityService opportunities;

    @Override
    public List<TimelineEntry> entriesFor(Long businessId, int limit) {
        return opportunities.newestForBusiness(businessId, limit).stream()
                .map(o -> new TimelineEntry(o.getCreatedAt(), "Opportunity", o.getTitle(),
                        o.getType().label() + " · " + o.getStage().label(), "opportunities/" + o.getId()))
                .toList();
    }

    @Override
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(opportunities.countForBusiness(businessId), "It has", "growth opportunity",
                "growth opportunities");
    }

    @EventListener
    void onMerge(BusinessesMerged merged) {
        opportunities.moveToSurvivor(merged.mergedId(), merged.survivorId());
    }
}
