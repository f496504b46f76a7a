package org.groundwork.issue.ui;

import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.MacroIssueService;
import org.springframework.dao.OptimisticLockingFailureException;

/** Moves an issue as the person saw it and says what happened; the caller refreshes what they see afterwards. */
final class IssueMoves {

    static final String CONFLICT = "Someone else moved or changed this issue while you were looking. "
            + "Nothing was lost: the latest is now shown. Move it again if it still needs moving.";

    private IssueMoves() {
    }

    static void move(MacroIssueService issues, Long id, long version, String title, IssueStatus to) {
        try {
            issues.move(id, version, to);
            Notifications.success("Moved " + title + " to " + to.label() + ".");
        } catch (OptimisticLockingFailureException conflict) {
            Notifications.error(CONFLICT);
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
        }
    }
}
