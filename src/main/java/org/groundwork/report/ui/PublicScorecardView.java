package org.groundwork.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;

/**
 * A published scorecard on its public, read-only link: no sign-in, no menu, nothing but that scorecard. A revoked
 * or wrong link says so without telling whether a scorecard ever existed.
 */
@Route(value = "public/scorecards/:token", autoLayout = false)
@PageTitle("Scorecard")
@AnonymousAllowed
class PublicScorecardView extends VerticalLayout implements BeforeEnterObserver {

    static final String UNAVAILABLE = "This scorecard link is not available. It may have been withdrawn.";

    private final ScorecardService scorecards;

    public PublicScorecardView(ScorecardService scorecards) {
        this.scorecards = scorecards;
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        scorecards.byPublicLink(token).ifPresentOrElse(this::show, () -> add(new Paragraph(UNAVAILABLE)));
    }

    private void show(Scorecard scorecard) {
        add(new H2(scorecard.title()), new Paragraph(scorecard.period().label() + ", against the quarter before. "
                + "Published by " + scorecard.getPublishedBy() + "; data as of " + scorecard.getDataAsOf() + "."));
        if (scorecard.getCorrectionNote() != null) {
            add(new Paragraph("Correction: " + scorecard.getCorrectionNote()));
        }
        add(new ScorecardTable(scorecard.getFigures()));
    }
}
