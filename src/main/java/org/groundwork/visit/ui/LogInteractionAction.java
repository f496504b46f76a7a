package org.groundwork.visit.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.springframework.stereotype.Component;

/** "Log a call, email or event" on the business page. */
@Component
@RequiredArgsConstructor
class LogInteractionAction implements BusinessAction {

    private final VisitUiServices services;

    @Override
    public String label() {
        return "Log a call, email or event";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public void start(Business business) {
        new LogInteractionDialog(services, business, visit -> { }).open();
    }
}
