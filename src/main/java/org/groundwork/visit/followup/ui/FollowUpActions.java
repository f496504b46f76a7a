package org.groundwork.visit.followup.ui;

import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.business.BusinessService;
import org.groundwork.visit.VisitAction;
import org.groundwork.visit.VisitContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;

/** "Add follow-up" on the business page and on a visit (its next steps, or one answer). */
@Configuration(proxyBeanMethods = false)
class FollowUpActions {

    @Bean
    BusinessAction addFollowUpToBusiness(FollowUpDialogs dialogs) {
        return new BusinessAction() {
            @Override
            public String label() {
                return "Add follow-up";
            }

            @Override
            public int order() {
                return 310;
            }

            @Override
            public void start(Business business) {
                dialogs.openNew(business, null, null, null, () -> { });
            }
        };
    }

    @Bean
    VisitAction addFollowUpToVisit(FollowUpDialogs dialogs, BusinessService businesses) {
        return new VisitAction() {
            @Override
            public String label() {
                return "Add follow-up";
            }

            @Override
            public boolean offeredOnAnswers() {
                return true;
            }

            @Override
            public void start(VisitContext context) {
                String about = context.fromAnswer() ? "About \"" + context.question() + "\": " + context.answer()
                        : null;
                dialogs.openNew(businesses.get(context.businessId()), context.visitId(), null,
                        about == null || about.length() <= 500 ? about : about.substring(0, 499) + "…", () -> { });
            }
        };
    }
}
