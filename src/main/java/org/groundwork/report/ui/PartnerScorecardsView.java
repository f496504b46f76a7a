package org.groundwork.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.groundwork.base.Roles;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/**
 * The partner's side of the quarterly scorecards: those published to their organization, newest first, each with
 * its frozen figures and PDF. Partners see nothing else of the reports.
 */
@Route(ReportRoutes.PARTNER_SCORECARDS)
@PageTitle("Scorecards")
@Menu(title = "Scorecards", order = 30, icon = "vaadin:chart")
@RolesAllowed(Roles.STAKEHOLDER)
class PartnerScorecardsView extends VerticalLayout {

    final Grid<Scorecard> shared = new Grid<>();
    final Div details = new Div();

    PartnerScorecardsView(ScorecardService scorecards, PartnerOrganizationService partners) {
        shared.addColumn(Scorecard::title).setHeader("Scorecard").setAutoWidth(true);
        shared.addColumn(Scorecard::getPublishedBy).setHeader("Published by");
        shared.addColumn(Scorecard::getDataAsOf).setHeader("Data as of");
        shared.setItems(query -> scorecards.sharedWithMyOrganization(PageRequest.of(query.getPage(),
                query.getPageSize())).stream());
        shared.setAllRowsVisible(true);
        shared.asSingleSelect().addValueChangeListener(e -> {
            details.removeAll();
            if (e.getValue() != null) {
                details.add(new ScorecardDetails(e.getValue(), scorecards, partners, false, "", card -> { }));
            }
        });
        add(new Paragraph("Quarterly scorecards the program has shared with your organization. Pick one to read"
                + " its figures or download it."), shared, details);
    }
}
