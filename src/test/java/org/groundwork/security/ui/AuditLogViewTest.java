package org.groundwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.groundwork.base.AuditAction;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;

class AuditLogViewTest extends ViewTestBase {

    @Test
    void anAdminFiltersTheTrailToOnePersonsChanges() {
        String name = "watched-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensure(name, Role.STAFF);
        signIn("auditview-admin", Role.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);

        test(view.text).setValue("username: \"" + name + "\"");
        test(view.action).selectItem(AuditAction.CREATE.label());

        assertThat(view.matches.getText()).isEqualTo("1 event");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 3)).startsWith("UserAccount #");
    }
}
