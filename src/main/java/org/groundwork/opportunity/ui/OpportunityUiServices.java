package org.groundwork.opportunity.ui;

import java.util.function.Consumer;
import org.groundwork.business.BusinessService;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityService;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.stereotype.Component;

/** Opens the opportunity dialog with the services it needs, from the board, a business, a visit or the page. */
@Component
record OpportunityUiServices(OpportunityService opportunities, BusinessService businesses,
                        PartnerOrganizationService partners) {

    OpportunityDialog open(Opportunity opportunity, Consumer<Opportunity> onSaved) {
        OpportunityDialog dialog = new OpportunityDialog(opportunity, this, onSaved);
        dialog.open();
        return dialog;
    }

    /** A new opportunity for a business, optionally from a visit. */
    static Opportunity newFor(Long businessId, Long sourceVisitId) {
        Opportunity opportunity = new Opportunity();
        opportunity.setBusinessId(businessId);
        opportunity.setSourceVisitId(sourceVisitId);
        return opportunity;
    }
}
