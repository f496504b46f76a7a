package org.groundwork.business;

import lombok.RequiredArgsConstructor;

/** How much attention a business gets: A are the priority accounts, visited at least yearly. */
@RequiredArgsConstructor
public enum TargetTier {
    A("Tier A: priority"), B("Tier B: regular"), C("Tier C: occasional");

    private final String label;

    public String label() {
        return label;
    }
}
