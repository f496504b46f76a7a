package org.groundwork.issue;

import java.util.List;
import org.groundwork.base.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranks issues by heat (see {@link IssueHeat}), summed and ordered in the database, one page at a time. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
public class IssueHeatService {

    private final IssueHeatRepository heat;

    IssueHeatService(IssueHeatRepository heat) {
        this.heat = heat;
    }

    /** Issues that affect at least one business, hottest first. */
    public List<IssueHeat> ranking(IssueFilter filter, Pageable pageable) {
        return heat.ranking(MacroIssueService.like(filter.text()), filter.category(), filter.status(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    public long count(IssueFilter filter) {
        return heat.countRanked(MacroIssueService.like(filter.text()), filter.category(), filter.status());
    }

    public IssueHeat of(MacroIssue issue) {
        return heat.heatOf(List.of(issue.getId())).stream().findFirst().orElse(IssueHeat.cold(issue));
    }
}
