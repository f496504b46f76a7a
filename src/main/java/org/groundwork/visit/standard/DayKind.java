package org.groundwork.visit.standard;

import lombok.RequiredArgsConstructor;

/** Whether a standard counts every day, or only weekdays that are not holidays. */
@RequiredArgsConstructor
public enum DayKind {
    CALENDAR("Calendar days"), BUSINESS("Business days");

    private final String label;

    public String label() {
        return label;
    }
}
