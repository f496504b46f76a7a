package org.groundwork.visit;

import lombok.RequiredArgsConstructor;

/** How the business was met. */
@RequiredArgsConstructor
public enum VisitChannel {
    ON_SITE("On site"),
    VIRTUAL("Video call"),
    PHONE("Phone call"),
    EMAIL("Email"),
    EVENT("Event");

    private final String label;

    public String label() {
        return label;
    }
}
