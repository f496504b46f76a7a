package org.groundwork.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditFilter;
import org.groundwork.base.AuditService;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessDeniedViewTest extends ViewTestBase {

    @Autowired
    AuditService audit;

    @Test
    void aStaffMemberOpeningTheUserAdminPageIsToldNoAndTheAttemptIsAudited() {
        signIn("curious-staff", Role.STAFF);
        navigate("admin/users", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        signIn("denied-reader", Role.ADMIN);
        assertThat(audit.count(new AuditFilter("curious-staff", AuditAction.ACCESS_DENIED, null, "/admin/users",
                null, null))).isPositive();
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPage() {
        signIn("lost-staff", Role.STAFF);
        navigate("no/such/page", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
