package org.groundwork.report;

import lombok.RequiredArgsConstructor;

/** What a report's figures are set against. */
@RequiredArgsConstructor
public enum Comparison {
    NONE("No comparison"),
    PREVIOUS_PERIOD("Previous period"),
    SAME_PERIOD_LAST_YEAR("Same period last year");

    private final String label;

    public String label() {
        return label;
    }

    /** The period compared with, or null without a comparison. */
    public Period of(Period period) {
        return switch (this) {
            case NONE -> null;
            case PREVIOUS_PERIOD -> period.previous();
            case SAME_PERIOD_LAST_YEAR -> period.sameLastYear();
        };
    }
}
