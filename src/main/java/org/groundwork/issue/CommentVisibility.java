package org.groundwork.issue;

import lombok.RequiredArgsConstructor;

/** Who may read a comment: staff only, or also the partners the issue is shared with. */
@RequiredArgsConstructor
public enum CommentVisibility {
    INTERNAL("Internal (staff only)"),
    SHARED("Shared with partners");

    private final String label;

    public String label() {
        return label;
    }
}
