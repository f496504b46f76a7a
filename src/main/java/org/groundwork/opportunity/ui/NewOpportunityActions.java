package org.groundwork.opportunity.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.visit.VisitAction;
import org.groundwork.visit.VisitContext;
import org.springframework.stereotype.Component;

/** "New opportunity…" on the business page and "Growth opportunity…" on a visit both open the opportunity form. */
final class NewOpportunityActions {

    private NewOpportunityActions() {
    }

    @Component
    @RequiredArgsConstructor
    static class FromBusiness implements BusinessAction {

        private final OpportunityUiServices services;

        @Override
        public String label() {
            return "New opportunity…";
        }

        @Override
        public int order() {
            return 300;
        }

        @Override
        public void start(Business business) {
            services.open(OpportunityUiServices.newFor(business.getId(), null), saved -> { });
        }
    }

    @Component
    @RequiredArgsConstructor
    static class FromVisit implements VisitAction {

        private final OpportunityUiServices services;

        @Override
        public String label() {
            return "Growth opportunity…";
        }

        @Override
        public boolean offeredOnAnswers() {
            return false;
        }

        @Override
        public void start(VisitContext context) {
            var opportunity = OpportunityUiServices.newFor(context.businessId(), context.visitId());
            if (context.fromAnswer()) {
                opportunity.setNotes(context.question() + ": " + context.answer());
            }
            services.open(opportunity, saved -> { });
        }
    }
}
