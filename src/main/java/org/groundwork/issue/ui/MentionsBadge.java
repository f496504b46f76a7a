package org.groundwork.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.ShellContribution;
import org.groundwork.issue.IssueCommentService;
import org.groundwork.issue.MentionNotice;
import org.groundwork.security.CurrentUser;

/**
 * The top bar's mentions badge for staff: how many comments mention them that they haven't opened yet; clicking
 * lists them, and opening one marks it seen. Partners don't see it (issues aren't shared with them yet).
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class MentionsBadge implements ShellContribution {

    private final IssueCommentService comments;
    private final CurrentUser currentUser;

    @Override
    public Component navbarComponent() {
        if (!currentUser.isInternal()) {
            return ShellContribution.nothing();
        }
        long unseen = comments.countMyUnseenMentions();
        Button badge = ShellContribution.countBadge(VaadinIcon.AT, unseen, "new mention", "new mentions");
        badge.addClassName("gw-mentions");
        ContextMenu menu = new ContextMenu(badge);
        menu.setOpenOnClick(true);
        if (unseen == 0) {
            menu.addItem("No new mentions").setEnabled(false);
        }
        for (MentionNotice mention : comments.myUnseenMentions(10)) {
            menu.addItem(mention.author() + " mentioned you on " + mention.issueTitle(), e -> {
                comments.markSeen(mention.mentionId());
                badge.getUI().ifPresent(ui -> ui.navigate("issues/" + mention.issueId()));
            });
        }
        return badge;
    }
}
