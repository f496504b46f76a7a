package org.groundwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell: side navigation built from the {@code @Menu} entries the signed-in user may open, the current
 * page's title and a user menu. AppLayout turns the drawer into an overlay at a phone's width.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final AuthenticationContext authentication;
    final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, ObjectProvider<ShellContribution> contributions) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("gw-view-title");

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), viewTitle);
        navbar.addClassName("gw-navbar");
        navbar.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.setFlexGrow(1, viewTitle);
        contributions.orderedStream().forEach(contribution -> navbar.add(contribution.navbarComponent()));
        navbar.add(userMenu());
        addToNavbar(navbar);

        Span appName = new Span("Groundwork");
        appName.addClassName("gw-app-name");
        addToDrawer(appName, new Scroller(navigation()));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private Component userMenu() {
        String name = authentication.getPrincipalName().orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", "User menu");
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(name));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        who.setSpacing(false);
        who.addClassName("gw-user");
        var item = menu.addItem(who);
        item.getSubMenu().addItem("Change password", e -> getUI().ifPresent(ui -> ui.navigate(CHANGE_PASSWORD_ROUTE)));
        item.getSubMenu().addItem("Sign out", e -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
