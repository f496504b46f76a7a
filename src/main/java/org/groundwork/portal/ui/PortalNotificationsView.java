package org.groundwork.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.groundwork.base.Roles;
import org.groundwork.base.Formats;
import org.groundwork.issue.PartnerNotificationService;
import org.groundwork.issue.PortalNotice;

/** The partner's notifications, newest first; opening one marks it seen and goes to what it is about. */
@Route(PortalRoutes.NOTIFICATIONS)
@PageTitle("Notifications")
@Menu(title = "Notifications", order = 30, icon = "vaadin:bell")
@RolesAllowed(Roles.STAKEHOLDER)
public class PortalNotificationsView extends VerticalLayout {

    static final int SHOWN = 50;

    final Div list = new Div();

    public PortalNotificationsView(PartnerNotificationService notifications) {
        List<PortalNotice> notices = notifications.mine(SHOWN);
        if (notices.isEmpty()) {
            list.add(new Paragraph("Nothing new. You'll hear here when an issue is shared with your organization, "
                    + "someone mentions you, or your organization is given an action item or a follow-up."));
        }
        for (PortalNotice notice : notices) {
            Button open = new Button(notice.text(), e -> {
                notifications.markSeen(notice.id());
                getUI().ifPresent(ui -> ui.navigate(notice.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (!notice.seen()) {
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Div one = new Div(new Span(Formats.dateTime(notice.at())), open);
            one.addClassName("gw-portal-notice");
            list.add(one);
        }
        add(list);
    }
}
