package org.groundwork.visit.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.springframework.stereotype.Component;

/** "Plan a visit" on the business page and on every row of the target list. */
@Component
@RequiredArgsConstructor
class PlanVisitAction implements BusinessAction {

    private final VisitUiServices services;

    @Override
    public String label() {
        return "Plan a visit";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean offeredOnTargetList() {
        return true;
    }

    @Override
    public void start(Business business) {
        new PlanVisitDialog(services, business, visit -> { }).open();
    }
}
