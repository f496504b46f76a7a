package org.groundwork.plan;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.BusinessesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** How time entries take part in a business's life: the hard-delete guard and merges. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class TimeBusinessLinks implements BusinessReferences {

    private final TimeEntryService time;

    @Override
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(time.countForBusiness(businessId), "It has", "time entry", "time entries");
    }

    @EventListener
    void onMerge(BusinessesMerged merged) {
        time.moveToSurvivor(merged.mergedId(), merged.survivorId());
    }
}
