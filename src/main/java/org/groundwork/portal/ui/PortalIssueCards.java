package org.groundwork.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.groundwork.base.ui.BoardCards;
import org.groundwork.issue.IssueHeat;
import org.groundwork.issue.IssueStatus;

/**
 * The portal board's cards: the title (a link), then on its own line the category and the counts of businesses
 * the issue weighs on. Read-only: a partner may work the action items their organization owns (status, notes, due
 * date) but never moves the issue itself, whatever the share allows (issue 11, "Sharing": view, comment, work
 * their own action items; docs/partner-access.md), so no card is draggable and nothing is ever dropped.
 */
class PortalIssueCards implements BoardCards<IssueHeat, IssueStatus> {

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
        Anchor title = new Anchor(PortalRoutes.issue(issue.id()), issue.title());
        title.addClassName("gw-portal-card-title");
        Span facts = new Span(issue.category().label() + " · " + PortalTexts.weight(issue));
        facts.addClassName("gw-portal-card-facts");
        Div lines = new Div(title, facts);
        lines.addClassName("gw-portal-card");
        return lines;
    }

    @Override
    public boolean canMove(IssueHeat issue) {
        return false;
    }

    /** Never called: the board only drops cards that {@link #canMove} allows, and it allows none. */
    @Override
    public void move(IssueHeat issue, IssueStatus to) {
        throw new IllegalStateException("Partners don't move issues between statuses.");
    }
}
