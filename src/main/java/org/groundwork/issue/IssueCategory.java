package org.groundwork.issue;

/** What area a macro-issue is in. */
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

    IssueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
