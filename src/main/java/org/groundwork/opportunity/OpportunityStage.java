package org.groundwork.opportunity;

import lombok.RequiredArgsConstructor;

/** Where an opportunity stands in the pipeline; won and lost close it. */
@RequiredArgsConstructor
public enum OpportunityStage {
    IDENTIFIED("Identified"),
    QUALIFIED("Qualified"),
    ASSISTING("Assisting"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
