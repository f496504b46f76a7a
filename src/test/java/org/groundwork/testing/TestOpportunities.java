package org.groundwork.testing;

import org.groundwork.business.Business;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityType;

/** Opportunities for tests, filled in as far as the "new opportunity" dialog requires, not yet saved. */
public final class TestOpportunities {

    private TestOpportunities() {
    }

    public static Opportunity draft(Business business, String title, OpportunityType type) {
        Opportunity opportunity = new Opportunity();
        opportunity.setBusinessId(business.getId());
        opportunity.setTitle(title);
        opportunity.setType(type);
        return opportunity;
    }
}
