package org.groundwork.visit.flag;

import lombok.RequiredArgsConstructor;

/** What a rule condition looks at: an interview answer, the visit's satisfaction rating or the business record. */
@RequiredArgsConstructor
public enum ConditionSubject {
    ANSWER("Interview answer"),
    SATISFACTION("Satisfaction rating (1–5)"),
    LEASE_EXPIRY("Lease end on the business record"),
    EMPLOYEES("Employees on the business record");

    private final String label;

    public String label() {
        return label;
    }
}
