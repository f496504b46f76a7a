package org.groundwork.visit;

/** How the business was met. */
public enum VisitChannel {
    ON_SITE("On site"),
    VIRTUAL("Video call"),
    PHONE("Phone call"),
    EMAIL("Email"),
    EVENT("Event");

    private final String label;

    VisitChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
