package org.groundwork.issue;

/** An unseen mention as the top bar lists it: which issue, and who wrote the comment. */
public record MentionNotice(Long mentionId, Long issueId, String issueTitle, String author) {
}
