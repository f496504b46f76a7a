package org.groundwork.visit.flag;

import org.groundwork.business.Sector;

/**
 * What the flags view filters on; every part is optional. {@code ownerId} is the staff member who owns the
 * business relationship.
 */
public record FlagFilter(FlagColour colour, FlagStatus status, Long ownerId, Sector sector, Long businessId) {

    public static FlagFilter open() {
        return new FlagFilter(null, FlagStatus.OPEN, null, null, null);
    }

    public static FlagFilter ofBusiness(Long businessId) {
        return new FlagFilter(null, null, null, null, businessId);
    }
}
