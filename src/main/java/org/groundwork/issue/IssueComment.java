package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.groundwork.base.AbstractEntity;

/** A comment on an issue; {@code @username} in the text mentions a staff member. */
@Entity
@Table(name = "issue_comment")
public class IssueComment extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    protected IssueComment() {
    }

    IssueComment(Long issueId, String author, String body) {
        this.issueId = issueId;
        this.author = author;
        this.body = body;
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
