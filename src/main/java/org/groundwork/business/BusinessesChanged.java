package org.groundwork.business;

import java.util.Collection;
import java.util.List;

/**
 * Published inside the transaction, once the change is flushed, when businesses were saved, archived, restored,
 * merged (both of them), updated by an import or deleted: anything that may have changed how they are classified
 * (sector, tier, key mark, owner, archived, status). Features that keep figures per business class listen with
 * {@code @EventListener} (the visit tally, decision 022) instead of the business feature knowing them.
 */
public record BusinessesChanged(List<Long> businessIds) {

    public BusinessesChanged {
        businessIds = List.copyOf(businessIds);
    }

    public static BusinessesChanged of(Collection<Long> businessIds) {
        return new BusinessesChanged(List.copyOf(businessIds));
    }
}
