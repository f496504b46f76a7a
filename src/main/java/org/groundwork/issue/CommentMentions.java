package org.groundwork.issue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.security.PartnerDirectory;
import org.groundwork.security.PartnerUser;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Who a comment may mention: enabled people who may read it. Staff (enabled, inside the EDO) always; enabled
 * partner users only on a comment shared with partners, and only those of organizations the issue is shared with;
 * an internal comment reaches no partner. A name outside that set is left as plain text, never notified.
 */
@Component
@RequiredArgsConstructor
class CommentMentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9._@-]*[a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    private final StaffDirectory staff;
    private final PartnerDirectory partners;
    private final IssueShareRepository shares;
    private final MentionRepository mentions;
    private final PartnerNotices notices;

    /** The partner users who may read a shared comment on this issue, by username. */
    Map<String, PartnerUser> partnersWhoMaySee(MacroIssue issue, CommentVisibility visibility) {
        Map<String, PartnerUser> byUsername = new LinkedHashMap<>();
        if (visibility == CommentVisibility.SHARED) {
            partners.usersOf(shares.organizationsReaching(issue.getId(), issue.getBoard()))
                    .forEach(user -> byUsername.put(user.username(), user));
        }
        return byUsername;
    }

    /** Usernames the composer offers: a page of staff, then the partners who may see the comment. */
    List<String> offered(MacroIssue issue, CommentVisibility visibility) {
        return Stream.concat(
                staff.search(null, PageRequest.of(0, 20)).stream().map(StaffMember::username),
                partnersWhoMaySee(issue, visibility).keySet().stream()).toList();
    }

    /** Records each permitted mention once: staff in their mentions badge, partners in their notifications. */
    void record(IssueComment comment, MacroIssue issue) {
        Map<String, PartnerUser> partnerReaders = partnersWhoMaySee(issue, comment.getVisibility());
        Matcher matcher = MENTION.matcher(comment.getBody());
        Set<String> done = new HashSet<>();
        while (matcher.find()) {
            String username = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!done.add(username)) {
                continue;
            }
            if (staff.findByUsername(username).isPresent()) {
                mentions.save(new Mention(comment.getId(), issue.getId(), username));
            } else if (partnerReaders.containsKey(username)) {
                notices.mentioned(partnerReaders.get(username).organizationId(), username, issue,
                        comment.getAuthor());
            }
        }
    }
}
