package org.groundwork.visit.flag;

/** What a rule condition looks at: an interview answer, the visit's satisfaction rating or the business record. */
public enum ConditionSubject {
    ANSWER("Interview answer"),
    SATISFACTION("Satisfaction rating (1–5)"),
    LEASE_EXPIRY("Lease end on the business record"),
    EMPLOYEES("Employees on the business record");

    private final String label;

    ConditionSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
