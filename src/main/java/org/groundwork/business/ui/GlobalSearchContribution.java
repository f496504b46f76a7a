package org.groundwork.business.ui;

import com.vaadin.flow.component.Component;
import org.groundwork.base.ui.ShellContribution;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.security.CurrentUser;

/** Puts global search into the shell's top bar for people inside the EDO; partners get no search box. */
@org.springframework.stereotype.Component
class GlobalSearchContribution implements ShellContribution {

    private final GlobalSearchService search;
    private final CurrentUser currentUser;

    GlobalSearchContribution(GlobalSearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @Override
    public Component navbarComponent() {
        return currentUser.isInternal() ? new GlobalSearchBox(search) : ShellContribution.nothing();
    }
}
