package org.groundwork.opportunity;

import lombok.RequiredArgsConstructor;

/** What kind of growth an opportunity is about. */
@RequiredArgsConstructor
public enum OpportunityType {
    EXPANSION("Expansion"),
    HIRING("Hiring"),
    CAPITAL_INVESTMENT("Capital investment"),
    NEW_MARKET("New market or export"),
    SITE_NEED("Site or building need"),
    FINANCING("Financing"),
    SUPPLIER_LINK("Supplier link");

    private final String label;

    public String label() {
        return label;
    }
}
