package org.groundwork.issue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.Formats;
import org.groundwork.issue.MacroIssue;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Who changed the issue and how, newest first, from the audit trail, paged in the database. */
class HistoryPanel extends VerticalLayout {

    final Grid<AuditEvent> grid = new Grid<>();
    private final transient IssueUiServices services;
    private final transient MacroIssue issue;

    HistoryPanel(MacroIssue issue, IssueUiServices services) {
        this.issue = issue;
        this.services = services;
        setPadding(false);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEvent::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("What");
        grid.addColumn(AuditEvent::getDetails).setHeader("Details").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        add(new H3("History"), grid);
        refresh();
    }

    void refresh() {
        grid.setItemsPageable(p -> services.audit().historyOf("MacroIssue", issue.getId(),
                PageRequest.of(p.getPageNumber(), p.getPageSize(),
                        Sort.by(Sort.Direction.DESC,
                                "occurredAt", "id"))).getContent(),
                p -> services.audit().historyOf("MacroIssue", issue.getId(),
                        PageRequest.of(0, 1)).getTotalElements());
    }
}
