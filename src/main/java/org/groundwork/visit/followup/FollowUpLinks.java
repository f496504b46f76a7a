package org.groundwork.visit.followup;

import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * How follow-ups meet the business module: entries on a business's timeline, the reason a business with
 * follow-ups is kept, and moving them when businesses are merged.
 */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class FollowUpLinks implements TimelineSource, BusinessReferences {

    private final FollowUpService followUps;

    @Override
    public List<TimelineEntry> entriesFor(Long businessId, int limit) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (FollowUpRow row : followUps.rows(followUps.newestOf(businessId, limit))) {
            FollowUp followUp = row.followUp();
            entries.add(new TimelineEntry(followUp.getRequestedAt(), "Follow-up", followUp.getDescription(),
                    "For " + row.ownerName() + ", due " + followUp.getDueDate(), null));
            if (followUp.getClosedAt() != null) {
                entries.add(new TimelineEntry(followUp.getClosedAt(), "Follow-up " + followUp.getStatus().label()
                        .toLowerCase(), followUp.getDescription(), followUp.getOutcome(), null));
            }
        }
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(followUps.countOfBusiness(businessId), "It has", "follow-up", "follow-ups");
    }

    @EventListener
    void businessesMerged(BusinessesMerged event) {
        followUps.moveAll(event.mergedId(), event.survivorId());
    }
}
