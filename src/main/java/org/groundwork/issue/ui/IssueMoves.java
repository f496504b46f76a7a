package org.groundwork.issue.ui;

import org.groundwork.base.ui.Board;
import org.groundwork.issue.IssueStatus;
import org.groundwork.issue.MacroIssueService;

/** Moves an issue as the person saw it and says what happened; the caller refreshes what they see afterwards. */
final class IssueMoves {

    static final String CONFLICT = "Someone else moved or changed this issue while you were looking. "
            + "Nothing was lost: the latest is now shown. Move it again if it still needs moving.";

    private IssueMoves() {
    }

    static void move(MacroIssueService issues, Long id, long version, String title, IssueStatus to) {
        Board.tryMove(() -> issues.move(id, version, to), "Moved " + title + " to " + to.label() + ".", CONFLICT);
    }
}
