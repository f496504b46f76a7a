package org.groundwork.business;

import lombok.RequiredArgsConstructor;

/**
 * The worst open flag on a business, kept on the business row so the grid can filter and sort by it at scale.
 * The visit module (which owns flags) reports open flags through {@link BusinessService#recordOpenFlags}.
 */
@RequiredArgsConstructor
public enum RiskLevel {
    NONE("No open flags"), WATCH("Watch (yellow)"), ACT_NOW("Act now (red)");

    private final String label;

    public String label() {
        return label;
    }

    static RiskLevel of(int openRed, int openYellow) {
        return openRed > 0 ? ACT_NOW : openYellow > 0 ? WATCH : NONE;
    }
}
