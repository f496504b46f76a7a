package org.groundwork.plan.ui;

import java.util.List;
import org.groundwork.base.TextSearch;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.MacroIssueService;
import org.springframework.data.domain.Pageable;

/** Macro-issues whose title contains the text, most recently changed first, for the shared picker. */
record IssueTitleSearch(MacroIssueService issues) implements TextSearch<MacroIssue> {

    @Override
    public List<MacroIssue> search(String text, Pageable pageable) {
        return issues.search(new IssueFilter(text, null, null), pageable);
    }

    @Override
    public long count(String text) {
        return issues.count(new IssueFilter(text, null, null));
    }
}
