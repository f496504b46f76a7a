package org.groundwork.business.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.TargetTier;
import org.groundwork.business.TestBusinessSupport;
import org.groundwork.security.Role;
import org.groundwork.security.StaffMember;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.MutableClock;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TargetListViewTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;
    @Autowired
    MutableClock clock;
    @Autowired
    TestBusinessSupport.PlanTestVisit planVisit;

    private final String name = "List " + UUID.randomUUID().toString().substring(0, 8);
    private UserAccount owner;
    private Business stale;
    private Business recent;
    private TargetListView view;

    @BeforeEach
    void openTheList() {
        owner = accounts.ensure("target-view-owner-" + name.substring(5), Role.STAFF);
        signIn("target-view-staff", Role.STAFF);
        stale = target("Stale Foundry", LocalDate.now(clock).minusMonths(14));
        recent = target("Recent Bakery", LocalDate.now(clock).minusMonths(1));
        view = navigate(TargetListView.class);
        view.owner.setValue(new StaffMember(owner.getId(), owner.getUsername(), owner.getFullName()));
    }

    @Test
    void overdueBusinessesComeFirstHighlightedAndCounted() {
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).business().getId()).isEqualTo(stale.getId());
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo(owner.getFullName());
        assertThat(test(view.grid).getCellText(0, 4)).endsWith("· overdue");
        assertThat(view.grid.getPartNameGenerator().apply(test(view.grid).getRow(0)))
                .isEqualTo(TargetListView.OVERDUE_PART);
        assertThat(view.grid.getPartNameGenerator().apply(test(view.grid).getRow(1))).isNull();
        assertThat(view.summary.getText()).startsWith("2 businesses, 1 overdue: not contacted in 12 months");

        test(view.onlyOverdue).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void eachRowOffersTheActionsOtherFeaturesPutOnTheTargetList() {
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(0, 5);
        Button plan = actions.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals(TestBusinessSupport.PlanTestVisit.LABEL)).findFirst().orElseThrow();
        test(plan).click();
        assertThat(planVisit.started()).contains(stale.getId());
    }

    private Business target(String label, LocalDate lastContact) {
        Business business = new Business();
        business.setLegalName(name + " " + label);
        business.getTargeting().setTier(TargetTier.A);
        business.setOwnerId(owner.getId());
        Business saved = businesses.save(business);
        businesses.recordContact(saved.getId(), lastContact);
        return saved;
    }
}
