package org.groundwork.issue;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.StaffDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments on issues, and the mentions they carry: {@code @username} of a staff member notifies them. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
public class IssueCommentService {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9._@-]*[a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private final CommentRepository comments;
    private final MentionRepository mentions;
    private final MacroIssueService issues;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    IssueCommentService(CommentRepository comments, MentionRepository mentions, MacroIssueService issues,
                        StaffDirectory staff, CurrentUser currentUser, Clock clock) {
        this.comments = comments;
        this.mentions = mentions;
        this.issues = issues;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IssueComment> commentsOn(Long issueId) {
        return comments.findByIssueIdOrderByCreatedAtAscIdAsc(issueId);
    }

    /** Adds a comment; every {@code @username} that names a staff member becomes a mention for them. */
    public IssueComment add(Long issueId, String body) {
        if (body == null || body.isBlank()) {
            throw new RuleViolationException("body", "Write something first.");
        }
        if (body.length() > 4000) {
            throw new RuleViolationException("body", "Keep the comment under 4,000 characters.");
        }
        MacroIssue issue = issues.get(issueId);
        IssueComment comment = comments.save(new IssueComment(issue.getId(), currentUser.requireUsername(),
                body.trim()));
        mentionedStaff(body).forEach(username -> mentions.save(new Mention(comment.getId(), issueId, username)));
        return comment;
    }

    /** The usernames of the staff members a text mentions, each once. */
    Set<String> mentionedStaff(String body) {
        Set<String> usernames = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            staff.findByUsername(matcher.group(1)).ifPresent(member -> usernames.add(member.username()));
        }
        return usernames;
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
