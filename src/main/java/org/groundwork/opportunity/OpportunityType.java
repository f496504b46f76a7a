package org.groundwork.opportunity;

/** What kind of growth an opportunity is about. */
public enum OpportunityType {
    EXPANSION("Expansion"),
    HIRING("Hiring"),
    CAPITAL_INVESTMENT("Capital investment"),
    NEW_MARKET("New market or export"),
    SITE_NEED("Site or building need"),
    FINANCING("Financing"),
    SUPPLIER_LINK("Supplier link");

    private final String label;

    OpportunityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
