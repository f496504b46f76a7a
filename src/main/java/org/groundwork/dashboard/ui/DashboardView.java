package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.issue.IssueHeatService;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.plan.DriftService;
import org.groundwork.report.ReportService;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.report.ui.ReportRoutes;
import org.groundwork.report.ui.ScorecardPdfLink;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;

/** The home page every role lands on after signing in: its own work at a glance, each figure a link. */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout {

    final H2 greeting = new H2();

    public DashboardView(CurrentUser currentUser, ReportService reports, ScorecardService scorecards,
                         DriftService drift, OpportunityService opportunities, IssueHeatService heat, ObjectProvider<StaffDashboard> staffDashboard,
                         Clock clock) {
        greeting.setText("Welcome, " + currentUser.displayName().orElse("") + ".");
        add(greeting);
        LocalDate today = LocalDate.now(clock);
        if (currentUser.hasRole(Role.DIRECTOR) || currentUser.hasRole(Role.ADMIN)) {
            add(new DirectorDashboard(reports, drift, opportunities, heat, today));
        } else if (currentUser.hasRole(Role.STAFF)) {
            add(staffDashboard.getObject());
        } else if (currentUser.hasRole(Role.STAKEHOLDER)) {
            add(new Anchor("portal", "Issues shared with your organization"),
                    new Anchor("portal/follow-ups", "Follow-ups your organization owns"), new H3("Scorecards"));
            List<Scorecard> shared = scorecards.sharedWithMyOrganization(PageRequest.of(0, 8));
            shared.forEach(card -> add(block(new ScorecardPdfLink(card, scorecards, card.title() + " (PDF)"))));
            add(new Anchor(ReportRoutes.PARTNER_SCORECARDS, "All scorecards shared with your organization"));
            if (shared.isEmpty()) {
                add(new Paragraph("No scorecards have been shared with your organization yet."));
            }
        }
    }

    private static Anchor block(Anchor link) {
        link.getStyle().set("display", "block");
        return link;
    }
}
