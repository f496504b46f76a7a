package org.groundwork.visit.followup;

import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;

/** Open → acknowledged (the owner has seen it) → done or cancelled (closed, with an outcome). */
@RequiredArgsConstructor
public enum FollowUpStatus {
    OPEN("Open"), ACKNOWLEDGED("Acknowledged"), DONE("Done"), CANCELLED("Cancelled");

    public static final Set<FollowUpStatus> ACTIVE = EnumSet.of(OPEN, ACKNOWLEDGED);

    private final String label;

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return !ACTIVE.contains(this);
    }
}
