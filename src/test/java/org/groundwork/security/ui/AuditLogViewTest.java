package org.groundwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

    @Test
    void aLastDayBeforeTheFirstIsSaidNotAnsweredWithAnEmptyTrail() {
        signIn("auditview-admin", Role.ADMIN);
        AuditLogView view = navigate(AuditLogView.class);

        // the last day first: once the first day is set, the calendar offers no earlier last day
        test(view.to).setValue(LocalDate.of(2026, 3, 1));
        test(view.from).setValue(LocalDate.of(2026, 3, 10));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).startsWith("The last day is before the first (Mar 10, 2026)");
        assertThat(view.matches.getText()).isEmpty();

        test(view.to).setValue(LocalDate.of(2026, 3, 10));
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(view.matches.getText()).isNotEmpty();
    }
}
