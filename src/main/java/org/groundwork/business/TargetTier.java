package org.groundwork.business;

/** How much attention a business gets: A are the priority accounts, visited at least yearly. */
public enum TargetTier {
    A("Tier A: priority"), B("Tier B: regular"), C("Tier C: occasional");

    private final String label;

    TargetTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
