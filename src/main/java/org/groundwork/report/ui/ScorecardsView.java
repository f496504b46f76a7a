package org.groundwork.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.groundwork.base.Roles;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/** Published quarterly scorecards, newest first; directors publish, share and link them here. */
@Route("scorecards")
@PageTitle("Scorecards")
@Menu(title = "Scorecards", order = 510, icon = "vaadin:chart")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.STAFF})
class ScorecardsView extends VerticalLayout {

    final Grid<Scorecard> published = new Grid<>();
    final Div details = new Div();
    final ScorecardPublisher publisher;
    private final ScorecardService scorecards;
    private final PartnerOrganizationService partners;
    private final boolean director;

    public ScorecardsView(ScorecardService scorecards, PartnerOrganizationService partners, CurrentUser currentUser,
                          Clock clock) {
        this.scorecards = scorecards;
        this.partners = partners;
        this.director = currentUser.hasRole(Role.DIRECTOR);
        publisher = director ? new ScorecardPublisher(scorecards, LocalDate.now(clock), this::select) : null;
        published.addColumn(Scorecard::title).setHeader("Scorecard").setAutoWidth(true);
        published.addColumn(Scorecard::getPublishedBy).setHeader("Published by");
        published.addColumn(s -> s.getPublicToken() == null ? "" : "Public").setHeader("Link");
        published.addColumn(s -> s.getSharedWith().size()).setHeader("Partners");
        published.setItems(query -> scorecards.published(PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        published.setAllRowsVisible(true);
        published.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        if (publisher != null) {
            add(publisher);
        }
        add(published, details);
    }

    private void select(Scorecard scorecard) {
        published.getDataProvider().refreshAll();
        show(scorecard);
    }

    void show(Scorecard scorecard) {
        details.removeAll();
        details.add(new ScorecardDetails(scorecard, scorecards, partners, director, baseUrl(), this::select));
    }

    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
    }
}
