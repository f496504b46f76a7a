package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.groundwork.base.AbstractEntity;

/** A staff member named in a comment; unseen until they open their mentions. */
@Entity
@Table(name = "issue_mention")
public class Mention extends AbstractEntity {

    @Column(name = "comment_id", nullable = false, updatable = false)
    private Long commentId;

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "seen_at")
    private Instant seenAt;

    protected Mention() {
    }

    Mention(Long commentId, Long issueId, String username) {
        this.commentId = commentId;
        this.issueId = issueId;
        this.username = username;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getSeenAt() {
        return seenAt;
    }

    void seen(Instant at) {
        seenAt = at;
    }
}
