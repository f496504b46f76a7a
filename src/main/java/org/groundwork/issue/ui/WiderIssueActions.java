package org.groundwork.issue.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.visit.VisitAction;
import org.groundwork.visit.VisitContext;
import org.springframework.stereotype.Component;

/** "Part of a wider issue…" beside a visit's answers and on the business page: both open the linking dialog. */
final class WiderIssueActions {

    private WiderIssueActions() {
    }

    @Component
    @RequiredArgsConstructor
    static class FromVisit implements VisitAction {

        private final IssueUiServices services;

        @Override
        public String label() {
            return "Part of a wider issue…";
        }

        @Override
        public boolean offeredOnAnswers() {
            return true;
        }

        @Override
        public void start(VisitContext context) {
            String note = context.fromAnswer() ? context.question() + ": " + context.answer() : null;
            new WiderIssueDialog(new WiderIssueDialog.Origin(context.businessId(), context.businessName(),
                    context.visitId(), note), services).open();
        }
    }

    @Component
    @RequiredArgsConstructor
    static class FromBusiness implements BusinessAction {

        private final IssueUiServices services;

        @Override
        public String label() {
            return "Part of a wider issue…";
        }

        @Override
        public int order() {
            return 400;
        }

        @Override
        public void start(Business business) {
            new WiderIssueDialog(new WiderIssueDialog.Origin(business.getId(), business.getDisplayName(), null, null),
                    services).open();
        }
    }
}
