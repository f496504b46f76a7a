package org.groundwork.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends ViewTestBase {

    @Test
    void anAdminSeesTheAdministrationPages() {
        signIn("menu-admin", Role.ADMIN);
        navigate(DashboardView.class);
        assertThat(menu()).contains("Dashboard", "Reports", "Users", "Audit log", "Change password");
    }

    @Test
    void aPartnerSeesOnlyWhatTheirRoleMayOpen() {
        signIn("menu-partner", Role.STAKEHOLDER);
        navigate(DashboardView.class);
        assertThat(menu()).contains("Dashboard", "Change password").doesNotContain("Users", "Audit log", "Reports");
    }

    @Test
    void theTitleBarNamesTheCurrentPage() {
        signIn("menu-staff", Role.STAFF);
        navigate(DashboardView.class);
        assertThat($(MainLayout.class).single().viewTitle.getText()).isEqualTo("Dashboard");
    }

    private List<String> menu() {
        return $(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
