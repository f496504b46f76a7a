package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** What area a macro-issue is in. */
@RequiredArgsConstructor
public enum IssueCategory {
    WORKFORCE("Workforce"),
    INFRASTRUCTURE("Infrastructure"),
    BROADBAND("Broadband"),
    TRANSPORTATION("Transportation"),
    PERMITTING("Permitting and regulation"),
    ZONING_AND_LAND("Zoning and land"),
    UTILITIES("Utilities"),
    HOUSING("Housing"),
    CHILDCARE("Childcare"),
    ACCESS_TO_CAPITAL("Access to capital"),
    SUPPLY_CHAIN("Supply chain"),
    OTHER("Other");

    private final String label;

    public String label() {
        return label;
    }
}
