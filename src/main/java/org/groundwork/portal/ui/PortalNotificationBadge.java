package org.groundwork.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
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
            Span nothing = new Span();
            nothing.setVisible(false);
            return nothing;
        }
        long unseen = notifications.countUnseen();
        Button bell = new Button(unseen == 0 ? "" : String.valueOf(unseen), VaadinIcon.BELL.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(PortalRoutes.NOTIFICATIONS)));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.getElement().setAttribute("aria-label", unseen == 1 ? "1 new notification"
                : unseen + " new notifications");
        bell.addClassName("gw-notifications");
        return bell;
    }
}
