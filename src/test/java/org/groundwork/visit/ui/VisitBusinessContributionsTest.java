package org.groundwork.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.business.BusinessTab;
import org.groundwork.business.TimelineSource;
import org.groundwork.security.Role;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.VisitFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the visit module adds to the business page and target list: actions, the Visits tab, the timeline. */
class VisitBusinessContributionsTest extends ViewTestBase {

    @Autowired
    List<BusinessAction> actions;
    @Autowired
    List<BusinessTab> tabs;
    @Autowired
    List<TimelineSource> timelines;
    @Autowired
    VisitFixtures fixtures;
    @Autowired
    MutableClock clock;

    @Test
    void planAVisitIsOfferedOnTheTargetListAndOpensThePlannerForTheBusiness() {
        signIn("contrib-staff", Role.STAFF);
        Business business = fixtures.business("Target");
        BusinessAction plan = actions.stream().filter(a -> a.label().equals("Plan a visit")).findFirst()
                .orElseThrow();
        assertThat(plan.offeredOnTargetList()).isTrue();
        navigate(MyVisitsView.class);
        plan.start(business);
        PlanVisitDialog dialog = (PlanVisitDialog) $(Dialog.class).single();
        assertThat(dialog.form.business.getValue()).isEqualTo(business);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Plan a visit to " + business.getDisplayName());
        assertThat(actions).extracting(BusinessAction::label).contains("Log a call, email or event");
    }

    @Test
    void theVisitsTabAndTheTimelineListTheBusinessesVisits() {
        UserAccount me = signIn("contrib-staff", Role.STAFF);
        Business business = fixtures.business("Tab");
        fixtures.planned(business, me.getId(), LocalDate.now(clock).minusDays(1));
        BusinessTab tab = tabs.stream().filter(t -> t.title().equals("Visits")).findFirst().orElseThrow();
        VerticalLayout content = (VerticalLayout) tab.create(business);
        assertThat(test($(Grid.class, content).single()).size()).isEqualTo(1);
        assertThat(timelines.stream().flatMap(t -> t.entriesFor(business.getId(), 10).stream()))
                .anyMatch(e -> e.route() != null && e.route().startsWith("visits/") && e.kind().equals("Visit"));
    }
}
