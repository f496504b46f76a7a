package org.groundwork.issue;

/** One share as the sharing panel and an organization's "Shared with them" tab list it. */
public record ShareRow(Long shareId, Long organizationId, String organizationName, Long issueId, String issueTitle,
                       boolean wholeBoard, SharePermission permission) {

    /** What is shared, in words: an issue's title or the whole board. */
    public String what() {
        return wholeBoard ? "Every issue on the board" : issueTitle;
    }
}
