package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.groundwork.base.AbstractEntity;

/**
 * Grants one partner organization access to one macro-issue, or (with no issue) to every issue on a board. The
 * access filter ({@link AccessFilter}) reads these on every request, so an unshare takes effect at once.
 */
@Entity
@Table(name = "issue_share")
public class IssueShare extends AbstractEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "issue_id", updatable = false)
    private Long issueId;

    @Column(length = 50, updatable = false)
    private String board;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SharePermission permission;

    protected IssueShare() {
    }

    private IssueShare(Long organizationId, Long issueId, String board, SharePermission permission) {
        this.organizationId = organizationId;
        this.issueId = issueId;
        this.board = board;
        this.permission = permission;
    }

    static IssueShare ofIssue(Long organizationId, Long issueId, SharePermission permission) {
        return new IssueShare(organizationId, issueId, null, permission);
    }

    static IssueShare ofBoard(Long organizationId, String board, SharePermission permission) {
        return new IssueShare(organizationId, null, board, permission);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getBoard() {
        return board;
    }

    public boolean isWholeBoard() {
        return issueId == null;
    }

    public SharePermission getPermission() {
        return permission;
    }

    void setPermission(SharePermission permission) {
        this.permission = permission;
    }
}
