package org.groundwork.opportunity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.groundwork.business.Business;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.OpportunityType;
import org.groundwork.security.Role;
import org.groundwork.testing.TestBusinesses;
import org.groundwork.testing.TestOpportunities;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpportunityPagesTest extends ViewTestBase {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    TestBusinesses businesses;

    private Opportunity opportunity;

    @BeforeEach
    void create() {
        signIn("opp-pages", Role.DIRECTOR);
        Business business = businesses.create("Listed Foods", "311811", 12, 0);
        opportunity = opportunities.save(TestOpportunities.draft(business, "Listed oven line " + business.getId(),
                OpportunityType.CAPITAL_INVESTMENT));
    }

    @Test
    void theListFiltersByTextAndStage() {
        OpportunityListView list = navigate(OpportunityListView.class);
        test(list.search).setValue(opportunity.getTitle());
        assertThat(test(list.grid).size()).isEqualTo(1);
        assertThat(test(list.grid).getCellText(0, 1)).startsWith("Listed Foods");
        test(list.stage).selectItem("Won");
        assertThat(test(list.grid).size()).isZero();
    }

    @Test
    void thePageMovesTheOpportunityAndShowsWhoMovedIt() {
        OpportunityView page = navigate("opportunities/" + opportunity.getId(), OpportunityView.class);
        assertThat(page.title.getText()).isEqualTo(opportunity.getTitle());
        Button qualified = page.moves.getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Qualified")).findFirst().orElseThrow();
        test(qualified).click();
        assertThat(opportunities.get(opportunity.getId()).getStage()).isEqualTo(OpportunityStage.QUALIFIED);
        assertThat(test(page.history).size()).isEqualTo(2);
        assertThat(test(page.history).getCellText(0, 1)).isEqualTo("opp-pages");
        assertThat(test(page.history).getCellText(0, 2)).isEqualTo("Identified → Qualified");
    }
}
