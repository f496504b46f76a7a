package org.groundwork.business.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.ShellContribution;
import org.groundwork.business.GlobalSearchService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;

/** Puts global search into the shell's top bar for people inside the EDO; partners get no search box. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class GlobalSearchContribution implements ShellContribution {

    private final GlobalSearchService search;
    private final CurrentUser currentUser;

    @Override
    public Component navbarComponent() {
        boolean internal = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DIRECTOR)
                || currentUser.hasRole(Role.STAFF);
        if (internal) {
            return new GlobalSearchBox(search);
        }
        Span nothing = new Span();
        nothing.setVisible(false);
        return nothing;
    }
}
