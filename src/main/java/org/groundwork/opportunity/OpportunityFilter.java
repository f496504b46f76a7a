package org.groundwork.opportunity;

/** What the opportunity list filters on; every part is optional. {@code text} matches title or business name. */
public record OpportunityFilter(String text, OpportunityStage stage, OpportunityType type, Long businessId) {

    public static OpportunityFilter all() {
        return new OpportunityFilter(null, null, null, null);
    }

    public static OpportunityFilter ofBusiness(Long businessId) {
        return new OpportunityFilter(null, null, null, businessId);
    }
}
