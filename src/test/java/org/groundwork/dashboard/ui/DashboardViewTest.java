package org.groundwork.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends ViewTestBase {

    @Test
    void greetsTheSignedInUserByName() {
        signIn("dash-staff", Role.STAFF);
        DashboardView view = navigate(DashboardView.class);
        assertThat(view.greeting.getText()).isEqualTo("Welcome, Test dash-staff.");
    }
}
