package org.groundwork.visit.flag.ui;

import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessAction;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;
import org.springframework.stereotype.Component;

/** "Raise a flag" on the business page. */
@Component
@RequiredArgsConstructor
class RaiseFlagAction implements BusinessAction {

    private final FlagService flags;

    @Override
    public String label() {
        return "Raise a flag";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void start(Business business) {
        new RaiseFlagDialog(flags, Flag.draft(business), () -> { }).open();
    }
}
