package org.groundwork.business;

/**
 * What the target list filters on; every part is optional. The list always holds active, unarchived key
 * companies and tier-A businesses; {@code tier} narrows it to one tier, {@code onlyOverdue} to the businesses
 * nobody has contacted within the staleness period.
 */
public record TargetFilter(TargetTier tier, Long ownerId, boolean onlyOverdue) {

    public static TargetFilter all() {
        return new TargetFilter(null, null, false);
    }
}
