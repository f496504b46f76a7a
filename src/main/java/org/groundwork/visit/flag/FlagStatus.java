package org.groundwork.visit.flag;

import lombok.RequiredArgsConstructor;

@RequiredArgsConstructor
public enum FlagStatus {
    OPEN("Open"), RESOLVED("Resolved");

    private final String label;

    public String label() {
        return label;
    }
}
