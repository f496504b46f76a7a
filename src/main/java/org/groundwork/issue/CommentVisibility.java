package org.groundwork.issue;

/** Who may read a comment: staff only, or also the partners the issue is shared with. */
public enum CommentVisibility {
    INTERNAL("Internal (staff only)"),
    SHARED("Shared with partners");

    private final String label;

    CommentVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
