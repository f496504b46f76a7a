package org.groundwork.plan;

import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;

/** What staff time is spent on. Visits record their own hours, so nobody enters time under {@link #VISITS}. */
@RequiredArgsConstructor
public enum Activity {
    VISITS("Visits"),
    FOLLOW_UP("Follow-up"),
    ISSUE_WORK("Issue work"),
    STAKEHOLDER_MEETINGS("Stakeholder meetings"),
    EVENTS("Events"),
    ADMIN("Admin and fire-fighting"),
    OTHER("Other");

    private final String label;

    public String label() {
        return label;
    }

    /** The activities a person enters by hand: all but visits. */
    public static List<Activity> entered() {
        return Arrays.stream(values()).filter(activity -> activity != VISITS).toList();
    }
}
