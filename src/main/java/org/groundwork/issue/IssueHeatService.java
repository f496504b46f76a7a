package org.groundwork.issue;

import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue heat (see {@link IssueHeat}). An issue's page sums it live. The board and the ranking read figures stored on
 * each issue, because summing every link of every issue on each look is too slow at a state network's scale: an
 * issue's figures are stored again whenever its links change, and all of them every few minutes
 * ({@link IssueHeatRefresher}) so that employee counts and red flags that changed on businesses catch up.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class IssueHeatService {

    private final IssueHeatRepository heat;

    /** Issues that affect at least one business, hottest first (as last stored). */
    public List<IssueHeat> ranking(IssueFilter filter, Pageable pageable) {
        return heat.ranking(Texts.containsPattern(filter.text()), filter.category(), filter.status(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).stream().map(IssueHeat::stored)
                .toList();
    }

    public long count(IssueFilter filter) {
        return heat.countRanked(Texts.containsPattern(filter.text()), filter.category(), filter.status());
    }

    /** Summed now, for the issue's own page. */
    public IssueHeat of(MacroIssue issue) {
        return heat.liveHeatOf(issue.getId()).stream().findFirst().orElse(IssueHeat.cold(issue));
    }

    /** Stores the current figures of these issues; called in the transaction that changed their links. */
    @Transactional
    public void refresh(Collection<Long> issueIds) {
        if (!issueIds.isEmpty()) {
            heat.storeFiguresOf(issueIds);
            heat.storeScoresOf(issueIds);
        }
    }

    /** Stores the current figures of every issue, in two set-based statements; returns how many issues. */
    @Transactional
    public int refreshAll() {
        int issues = heat.storeFiguresOfAll();
        heat.storeScoresOfAll();
        return issues;
    }
}
