package org.groundwork.visit.flag;

import lombok.RequiredArgsConstructor;

/** Red means act now (relocation, closure, layoffs); yellow means keep an eye on it. */
@RequiredArgsConstructor
public enum FlagColour {
    RED("Red: act now"), YELLOW("Yellow: watch");

    private final String label;

    public String label() {
        return label;
    }
}
