package org.groundwork.visit.standard;

/** Whether a standard counts every day, or only weekdays that are not holidays. */
public enum DayKind {
    CALENDAR("Calendar days"), BUSINESS("Business days");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
