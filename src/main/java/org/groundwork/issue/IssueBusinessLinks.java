package org.groundwork.issue;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.KeepReasons;
import org.groundwork.base.Roles;
import org.groundwork.business.BusinessReferences;
import org.groundwork.business.BusinessesMerged;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** How macro-issues take part in a business's life: the hard-delete guard and merges. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class IssueBusinessLinks implements BusinessReferences {

    private final IssueLinkService links;

    @Override
    public Optional<String> reasonToKeep(Long businessId) {
        return KeepReasons.counted(links.countForBusiness(businessId), "It is linked to", "macro-issue",
                "macro-issues");
    }

    @EventListener
    void onMerge(BusinessesMerged merged) {
        links.moveToSurvivor(merged.mergedId(), merged.survivorId());
    }
}
