package org.groundwork.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.groundwork.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The home page every role lands on after signing in. */
@Route("")
@PageTitle("Dashboard")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout {

    final H2 greeting = new H2();

    public DashboardView(CurrentUser currentUser) {
        greeting.setText("Welcome, " + currentUser.displayName().orElse("") + ".");
        add(greeting, new Paragraph("Use the menu to find your work."));
    }
}
