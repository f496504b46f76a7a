package org.groundwork.issue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.groundwork.base.ui.BoardCards;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;

/** The issue board's cards: title, category and heat; a drop moves the issue and refreshes the board. */
class IssueCards implements BoardCards<IssueHeat, IssueStatus> {

    private final transient IssueUiServices services;
    private final Runnable refresh;

    IssueCards(IssueUiServices services, Runnable refresh) {
        this.services = services;
        this.refresh = refresh;
    }

    @Override
    public Long id(IssueHeat issue) {
        return issue.id();
    }

    @Override
    public IssueStatus statusOf(IssueHeat issue) {
        return issue.status();
    }

    @Override
    public Component content(IssueHeat issue) {
        RouterLink title = new RouterLink(issue.title(), IssueView.class,
                new RouteParameters("id", String.valueOf(issue.id())));
        Span heat = new Span("Heat " + issue.score() + " · " + HeatText.of(issue));
        heat.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        heat.getElement().setAttribute("title", IssueHeat.SCORE_EXPLAINED);
        VerticalLayout lines = new VerticalLayout(title, new Span(issue.category().label()), heat);
        lines.setPadding(false);
        lines.setSpacing(false);
        return lines;
    }

    @Override
    public void move(IssueHeat issue, IssueStatus to) {
        IssueMoves.move(services.issues(), issue.id(), issue.version(), issue.title(), to);
        refresh.run();
    }
}
