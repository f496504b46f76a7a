package org.groundwork.visit.standard;

import lombok.RequiredArgsConstructor;

/** What a service standard times, from when to when. */
@RequiredArgsConstructor
public enum Measure {
    FOLLOW_UP_ACKNOWLEDGED("Acknowledging a follow-up", "from the request to its owner acknowledging (or closing) it"),
    FOLLOW_UP_RESOLVED("Resolving a follow-up", "from the request to the follow-up being done"),
    VISIT_WRITTEN_UP("Writing up a visit", "from the visit date to the visit being completed");

    private final String label;
    private final String explanation;

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
