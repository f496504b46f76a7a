package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.groundwork.base.AbstractEntity;

/** A comment on an issue, internal or shared with partners; {@code @username} in the text mentions someone. */
@Entity
@Table(name = "issue_comment")
public class IssueComment extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CommentVisibility visibility = CommentVisibility.INTERNAL;

    protected IssueComment() {
    }

    IssueComment(Long issueId, String author, String body, CommentVisibility visibility) {
        this.issueId = issueId;
        this.author = author;
        this.body = body;
        this.visibility = visibility;
    }

    public CommentVisibility getVisibility() {
        return visibility;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }
}
