package org.groundwork.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ui.ShellContribution;
import org.groundwork.issue.PartnerNotificationService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;

/** The top bar's bell for partners: how many notifications they haven't opened; clicking lists them. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class PortalNotificationBadge implements ShellContribution {

    private final PartnerNotificationService notifications;
    private final CurrentUser currentUser;

    @Override
    public Component navbarComponent() {
        if (!currentUser.hasRole(Role.STAKEHOLDER) || currentUser.organizationId().isEmpty()) {
            return ShellContribution.nothing();
        }
        Button bell = ShellContribution.countBadge(VaadinIcon.BELL, notifications.countUnseen(), "new notification",
                "new notifications");
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(PortalRoutes.NOTIFICATIONS)));
        bell.addClassName("gw-notifications");
        return bell;
    }
}
