package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** What a partner organization may do with an issue shared with it; each level includes the ones before it. */
@RequiredArgsConstructor
public enum SharePermission {
    VIEW("View", "can read the issue, its action plan and the comments shared with partners"),
    COMMENT("View and comment", "can also comment and mention people who may see the comment"),
    WORK("View, comment and work their action items",
            "can also update status, notes and due date of the action items their organization owns");

    private final String label;
    private final String explained;

    public String label() {
        return label;
    }

    /** Completes "They …", for the sharing panel's plain-words summary. */
    public String explained() {
        return explained;
    }

    public boolean allows(SharePermission wanted) {
        return compareTo(wanted) >= 0;
    }
}
