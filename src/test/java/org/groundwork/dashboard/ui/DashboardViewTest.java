package org.groundwork.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.TargetTier;
import org.groundwork.issue.PartnerWorld;
import org.groundwork.security.UserAccount;
import org.groundwork.visit.VisitFixtures;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import java.time.Clock;
import com.vaadin.flow.component.html.Paragraph;
import org.groundwork.base.ui.chart.EChart;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends ViewTestBase {

    @Autowired
    Clock clock;
    @Autowired
    BusinessService businesses;
    @Autowired
    VisitFixtures visitFixtures;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FlagService flags;
    @Autowired
    PartnerWorld partnerWorld;

    @Test
    void greetsTheSignedInUserByName() {
        signIn("dash-staff", Role.STAFF);
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.greeting.getText()).isEqualTo("Welcome, Test dash-staff.");
    }

    @Test
    void eachStaffFigureOpensExactlyTheRecordsBehindIt() {
        UserAccount me = signIn("dash-staff-" + UUID.randomUUID().toString().substring(0, 8), Role.STAFF);
        LocalDate today = LocalDate.now(clock);
        Business stale = mine("Stale", TargetTier.A, me);
        businesses.recordContact(stale.getId(), today.minusYears(2));
        Business recent = mine("Recent", TargetTier.A, me);
        businesses.recordContact(recent.getId(), today.minusDays(3));
        visitFixtures.planned(stale, me.getId(), today);
        visitFixtures.planned(stale, me.getId(), today.plusWeeks(3));
        followUp(stale, me, today.minusDays(1));
        followUp(stale, me, today.minusDays(20));
        followUp(recent, me, today.plusDays(10));
        raise(stale);
        raise(recent);
        Business someoneElses = visitFixtures.business("Elsewhere");
        raise(someoneElses);

        signIn(me);
        navigate(DashboardView.class);
        List<Tile> tiles = $(Tile.class, $(StaffDashboard.class).single()).all();
        assertThat(tiles).extracting(tile -> tile.value.getText()).containsExactly("1", "2", "2", "1");
        for (Tile tile : tiles) {
            String href = tile.getHref();
            openLink(href);
            assertThat(test($(Grid.class).single()).size()).as(href)
                    .isEqualTo(Integer.parseInt(tile.value.getText()));
            navigate(DashboardView.class);
        }
        assertThat(tiles.get(2).getHref()).isEqualTo("flags?owner=" + me.getId());
    }

    private Business mine(String label, TargetTier tier, UserAccount me) {
        Business business = new Business();
        business.setLegalName(label + " " + UUID.randomUUID().toString().substring(0, 8) + " Works");
        business.getTargeting().setTier(tier);
        business.setOwnerId(me.getId());
        return businesses.save(business);
    }

    private void followUp(Business business, UserAccount me, LocalDate due) {
        FollowUp followUp = new FollowUp(business, null, null);
        followUp.setDescription("Call back");
        followUp.setDueDate(due);
        followUp.setOwnerStaffId(me.getId());
        followUps.create(followUp);
    }

    private void raise(Business business) {
        Flag draft = Flag.draft(business);
        draft.setColour(FlagColour.RED);
        draft.setMessage("Owner retiring");
        flags.raise(draft);
    }

    private static void openLink(String href) {
        String[] pathAndQuery = href.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
    }

    @Test
    void directorsSeeTheYearToDateThePipelineAndATrendChart() {
        signIn("dash-director", Role.DIRECTOR);
        navigate(DashboardView.class);
        assertThat($(Tile.class).all()).extracting(tile -> tile.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("Visits completed"))
                .anySatisfy(text -> assertThat(text).contains("Identified"));
        assertThat($(EChart.class).first().getOptionJson()).contains("Visits completed per quarter");
    }

    @Test
    void everyDirectorFigureLinksToTheRecordsBehindIt() {
        signIn("dash-director", Role.DIRECTOR);
        DashboardView view = navigate(DashboardView.class);
        int year = java.time.LocalDate.now(clock).getYear();
        assertThat($(Tile.class).all()).extracting(Anchor::getHref)
                .contains("reports/records/visits?from=" + year + "-01-01&to=" + java.time.LocalDate.now(clock),
                        "reports/records/businesses-reached?from=" + year + "-01-01&to="
                                + java.time.LocalDate.now(clock))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/key-companies-visited?"))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/jobs-created?"))
                .anySatisfy(href -> assertThat(href).startsWith("reports/records/flags-resolved-in-standard?"))
                .contains("opportunities");
        DirectorDashboard dashboard = $(DirectorDashboard.class, view).single();
        dashboard.trendOf.setValue(org.groundwork.report.ProgramMeasure.JOBS_CREATED);
        assertThat(dashboard.trend.getOptionJson()).contains("Jobs created (won opportunities) per quarter");
    }

    @Test
    void partnersSeeTheirSharedWorkAndScorecards() {
        signIn("dash-partner", Role.STAKEHOLDER);
        navigate(DashboardView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Your account belongs to no partner organization yet; an administrator can add it.",
                        "No scorecards have been shared with your organization yet.");
    }

    @Test
    void partnersSeeHowManyIssuesAndFollowUpsAreTheirsAndNoOtherOrganizations() {
        PartnerWorld.World world = partnerWorld.build();
        signIn(world.partnerA());
        navigate(DashboardView.class);
        List<Tile> tiles = $(Tile.class, $(PartnerDashboard.class).single()).all();
        assertThat(tiles).extracting(Anchor::getHref).containsExactly("portal", "portal/follow-ups");
        // Org A: the issue shared with it alone and the one shared with both; its one open follow-up.
        assertThat(tiles).extracting(tile -> tile.value.getText()).containsExactly("2", "1");
    }
}
