package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.PartnerFollowUpService;
import org.groundwork.issue.PartnerPortalService;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.report.ui.ReportRoutes;
import org.groundwork.report.ui.ScorecardPdfLink;
import org.groundwork.security.CurrentUser;
import org.springframework.context.annotation.Scope;
import org.springframework.data.domain.PageRequest;

/**
 * A partner's home: how many issues are shared with their organization and how many open follow-ups it owns,
 * counted by the partner services (so through the one access filter, decision 010) with the same filter as the
 * portal page each tile opens, and the scorecards shared with it.
 */
@SpringComponent
@Scope("prototype")
class PartnerDashboard extends VerticalLayout {

    PartnerDashboard(PartnerPortalService portal, PartnerFollowUpService followUps, ScorecardService scorecards,
                     CurrentUser currentUser) {
        setPadding(false);
        if (currentUser.organizationId().isPresent()) {
            FlexLayout work = new FlexLayout();
            work.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            work.getStyle().set("gap", "var(--lumo-space-m)");
            work.add(new Tile("Issues shared with your organization",
                            Long.toString(portal.countSharedIssues(IssueFilter.all())), "portal"),
                    new Tile("Open follow-ups your organization owns", Long.toString(followUps.countMine(false)),
                            "portal/follow-ups"));
            add(work);
        } else {
            add(new Paragraph("Your account belongs to no partner organization yet; an administrator can add it."));
        }
        add(new H3("Scorecards"));
        List<Scorecard> shared = scorecards.sharedWithMyOrganization(PageRequest.of(0, 8));
        shared.forEach(card -> add(block(new ScorecardPdfLink(card, scorecards, card.title() + " (PDF)"))));
        add(new Anchor(ReportRoutes.PARTNER_SCORECARDS, "All scorecards shared with your organization"));
        if (shared.isEmpty()) {
            add(new Paragraph("No scorecards have been shared with your organization yet."));
        }
    }

    private static Anchor block(Anchor link) {
        link.getStyle().set("display", "block");
        return link;
    }
}
