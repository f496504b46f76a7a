package org.groundwork.stakeholder;

import lombok.RequiredArgsConstructor;

/** The kinds of partner organizations a BRE program works with. */
@RequiredArgsConstructor
public enum OrganizationType {
    CHAMBER("Chamber of commerce"),
    WORKFORCE_BOARD("Workforce board"),
    UTILITY("Utility"),
    COLLEGE("College or university"),
    GOVERNMENT_AGENCY("County or state agency"),
    SMALL_BUSINESS_CENTER("Small business centre"),
    LENDER("Lender"),
    OTHER("Other");

    private final String label;

    public String label() {
        return label;
    }
}
