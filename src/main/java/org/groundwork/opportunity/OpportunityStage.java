package org.groundwork.opportunity;

/** Where an opportunity stands in the pipeline; won and lost close it. */
public enum OpportunityStage {
    IDENTIFIED("Identified"),
    QUALIFIED("Qualified"),
    ASSISTING("Assisting"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    OpportunityStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
