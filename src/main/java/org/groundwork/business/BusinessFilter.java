package org.groundwork.business;

/**
 * What the businesses grid filters on; every part is optional. {@code text} matches the legal or trade name.
 * Archived businesses are left out unless {@code archived} is true, which shows only archived ones.
 */
public record BusinessFilter(String text, Sector sector, TargetTier tier, Boolean keyCompany, Long ownerId,
                             BusinessStatus status, String tag, RiskLevel riskLevel, boolean archived) {

    public static BusinessFilter all() {
        return new BusinessFilter(null, null, null, null, null, null, null, null, false);
    }

    public static BusinessFilter byText(String text) {
        return new BusinessFilter(text, null, null, null, null, null, null, null, false);
    }
}
