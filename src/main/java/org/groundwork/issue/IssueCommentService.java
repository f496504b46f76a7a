package org.groundwork.issue;

import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on issues for people inside the EDO, internal or shared with partners, and the mentions they carry
 * ({@link CommentMentions} decides who may be mentioned). Partners comment through {@link PartnerPortalService}.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class IssueCommentService {

    private final CommentRepository comments;
    private final MentionRepository mentions;
    private final CommentMentions mentionRules;
    private final MacroIssueService issues;
    private final CurrentUser currentUser;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<IssueComment> commentsOn(Long issueId) {
        return comments.findByIssueIdOrderByCreatedAtAscIdAsc(issueId);
    }

    /** Adds an internal comment (staff only). */
    public IssueComment add(Long issueId, String body) {
        return add(issueId, body, CommentVisibility.INTERNAL);
    }

    /** Adds a comment; each {@code @username} of someone who may read it becomes a mention for them. */
    public IssueComment add(Long issueId, String body, CommentVisibility visibility) {
        MacroIssue issue = issues.get(issueId);
        IssueComment comment = comments.save(new IssueComment(issue.getId(), currentUser.requireUsername(),
                checkedBody(body), visibility == null ? CommentVisibility.INTERNAL : visibility));
        mentionRules.record(comment, issue);
        return comment;
    }

    /** The usernames the composer offers for a comment of this visibility on this issue. */
    @Transactional(readOnly = true)
    public List<String> mentionable(Long issueId, CommentVisibility visibility) {
        return mentionRules.offered(issues.get(issueId), visibility);
    }

    static String checkedBody(String body) {
        if (body == null || body.isBlank()) {
            throw new RuleViolationException("body", "Write something first.");
        }
        if (body.length() > 4000) {
            throw new RuleViolationException("body", "Keep the comment under 4,000 characters.");
        }
        return body.trim();
    }

    @Transactional(readOnly = true)
    public long countMyUnseenMentions() {
        return currentUser.username().map(mentions::countByUsernameAndSeenAtIsNull).orElse(0L);
    }

    @Transactional(readOnly = true)
    public List<MentionNotice> myUnseenMentions(int limit) {
        return currentUser.username().map(u -> mentions.unseen(u, PageRequest.of(0, limit))).orElse(List.of());
    }

    /** Marks one of the signed-in user's mentions seen; other people's mentions are left alone. */
    public void markSeen(Long mentionId) {
        mentions.findById(mentionId).filter(m -> m.getUsername().equals(currentUser.requireUsername()))
                .ifPresent(m -> m.seen(clock.instant()));
    }
}
