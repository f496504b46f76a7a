package org.groundwork.visit.flag;

/** Red means act now (relocation, closure, layoffs); yellow means keep an eye on it. */
public enum FlagColour {
    RED("Red: act now"), YELLOW("Yellow: watch");

    private final String label;

    FlagColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
