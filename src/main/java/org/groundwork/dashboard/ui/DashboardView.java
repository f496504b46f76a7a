package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.groundwork.dashboard.DashboardService;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.springframework.beans.factory.ObjectProvider;

/** The home page every role lands on after signing in: its own work at a glance, each figure a link. */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout {

    final H2 greeting = new H2();

    public DashboardView(CurrentUser currentUser, DashboardService dashboards,
                         ObjectProvider<StaffDashboard> staffDashboard,
                         ObjectProvider<PartnerDashboard> partnerDashboard) {
        greeting.setText("Welcome, " + currentUser.displayName().orElse("") + ".");
        add(greeting);
        if (currentUser.hasRole(Role.DIRECTOR) || currentUser.hasRole(Role.ADMIN)) {
            add(new DirectorDashboard(dashboards.director()));
        } else if (currentUser.hasRole(Role.STAFF)) {
            add(staffDashboard.getObject());
        } else if (currentUser.hasRole(Role.STAKEHOLDER)) {
            add(partnerDashboard.getObject());
        }
    }
}
