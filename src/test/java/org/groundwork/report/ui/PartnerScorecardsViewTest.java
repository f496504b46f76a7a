package org.groundwork.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.EnumSet;
import java.util.Set;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.report.ProgramMeasure;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.security.Role;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnerScorecardsViewTest extends ViewTestBase {

    @Autowired
    ScorecardService scorecards;
    @Autowired
    PartnerOrganizationService partners;

    @Test
    void aPartnerReadsTheScorecardsSharedWithTheirOrganizationOnly() {
        signIn("pcard-admin", Role.ADMIN);
        PartnerOrganization mine = organization("Portal Card Chamber " + System.nanoTime());
        PartnerOrganization other = organization("Portal Card College " + System.nanoTime());
        signIn("pcard-director", Role.DIRECTOR);
        Scorecard shared = scorecards.publish(2017, 4, EnumSet.of(ProgramMeasure.VISITS), "Portal edition");
        scorecards.share(shared.getId(), shared.getVersion(), Set.of(mine.getId()));
        Scorecard notShared = scorecards.publish(2017, 3, EnumSet.of(ProgramMeasure.VISITS), "Other edition");
        scorecards.share(notShared.getId(), notShared.getVersion(), Set.of(other.getId()));

        signIn(accounts.ensurePartner("pcard-partner", mine.getId()));
        PartnerScorecardsView view = navigate(PartnerScorecardsView.class);
        assertThat(test(view.shared).size()).isEqualTo(1);
        test(view.shared).select(0);
        assertThat($(H3.class, view.details).single().getText()).isEqualTo(shared.title());
        assertThat($(Anchor.class, view.details).single().getText()).isEqualTo("Download PDF");

        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .contains(shared.title() + " (PDF)", "All scorecards shared with your organization")
                .doesNotContain(notShared.title() + " (PDF)");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(ReportRoutes.PARTNER_SCORECARDS);
    }

    private PartnerOrganization organization(String name) {
        PartnerOrganization organization = new PartnerOrganization();
        organization.setName(name);
        return partners.save(organization);
    }
}
