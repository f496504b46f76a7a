package org.groundwork.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.groundwork.base.ReportRenderer;
import org.groundwork.ops.ReplicaRead;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.UserAdminService;
import org.springframework.stereotype.Component;

/** Each user with roles, state, last sign-in and failed sign-ins: the admin's access review. */
@Component
class UsersAndAccessReport implements ReportDefinition {

    private final UserAdminService users;
    private final ReportRenderer renderer;
    private final CurrentUser currentUser;
    private final Clock clock;

    UsersAndAccessReport(UserAdminService users, ReportRenderer renderer, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Users and access";
    }

    @Override
    public String description() {
        return "Who can sign in, with which roles, when they last did, and recent failed sign-ins.";
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Role.ADMIN);
    }

    @Override
    public String fileName() {
        return "users-and-access-" + LocalDate.now(clock) + ".pdf";
    }

    @Override
    @ReplicaRead
    public byte[] renderPdf() {
        Map<String, Object> parameters = Map.of(
                "generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant()
                        .atZone(clock.getZone())),
                "generatedBy", currentUser.requireUsername());
        return renderer.renderPdf("users-and-access", parameters, users.accessReport());
    }
}
