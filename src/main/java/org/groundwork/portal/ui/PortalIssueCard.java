package org.groundwork.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.groundwork.issue.IssueHeat;

/** One shared issue on the portal board: its title (a link), category and the counts of businesses it weighs on. */
class PortalIssueCard extends Div {

    PortalIssueCard(IssueHeat issue) {
        addClassNames("gw-card", "gw-portal-card");
        Anchor title = new Anchor(PortalRoutes.issue(issue.id()), issue.title());
        title.addClassName("gw-portal-card-title");
        Span facts = new Span(issue.category().label() + " · " + PortalTexts.weight(issue));
        facts.addClassName("gw-portal-card-facts");
        add(title, facts);
    }
}
