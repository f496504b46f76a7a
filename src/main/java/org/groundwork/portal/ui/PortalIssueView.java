package org.groundwork.portal.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.groundwork.base.Roles;
import org.groundwork.issue.NamedBusiness;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.issue.PortalIssue;
import org.groundwork.base.ui.RouteIds;

/**
 * One issue as the partner's organization may see it. An id that isn't shared with them gets exactly the page an
 * id that doesn't exist gets, so nobody can learn which issues exist.
 */
@Route("portal/issues/:id")
@PageTitle("Shared issue")
@RolesAllowed(Roles.STAKEHOLDER)
class PortalIssueView extends VerticalLayout implements BeforeEnterObserver {

    static final String NOT_FOUND = "That issue doesn't exist.";

    final H2 title = new H2();
    final Span summary = new Span();
    final Paragraph description = new Paragraph();
    final Paragraph businesses = new Paragraph();
    final UnorderedList named = new UnorderedList();
    PortalActionPlan actionPlan;
    PortalComments comments;
    private final transient PartnerPortalService portal;

    PortalIssueView(PartnerPortalService portal) {
        this.portal = portal;
        addClassName("gw-portal-issue");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PortalIssue> issue = RouteIds.of(event, "id").flatMap(portal::issue);
        if (issue.isEmpty()) {
            event.rerouteToError(NotFoundException.class, NOT_FOUND);
            return;
        }
        show(issue.get());
    }

    void show(PortalIssue issue) {
        removeAll();
        title.setText(issue.title());
        summary.setText(issue.category().label() + " · " + issue.status().label() + " · "
                + (issue.leadPartner() == null ? "no lead partner yet" : "led by " + issue.leadPartner()));
        description.setText(issue.description() == null ? "" : issue.description());
        businesses.setText(issue.totals().sentence() + ".");
        named.removeAll();
        issue.namedBusinesses().forEach(b -> named.add(new ListItem(describe(b))));
        Paragraph namedNote = new Paragraph(issue.namedBusinesses().isEmpty()
                ? "None of these businesses has agreed to be named to partners."
                : "Named here only where the business agreed to be named to partners:");
        actionPlan = new PortalActionPlan(issue, portal, this::reload);
        comments = new PortalComments(issue, portal, this::reload);
        add(title, summary, description, new H3("Businesses affected"), businesses, namedNote, named, actionPlan,
                comments);
    }

    private void reload() {
        portal.issue(currentId()).ifPresentOrElse(this::show,
                () -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.BOARD)));
    }

    private Long currentId() {
        return actionPlan.issueId();
    }

    private static String describe(NamedBusiness business) {
        return business.name() + (business.sector() == null ? "" : " · " + business.sector().label())
                + (business.employees() == null ? "" : " · " + business.employees() + " employees");
    }
}
