package org.groundwork.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.ReportFormat;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.ops.ReplicaRead;
import org.groundwork.security.CurrentUser;
import org.groundwork.security.Role;
import org.groundwork.security.UserAdminService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** Each user with roles, state, last sign-in and failed sign-ins: the admin's access review. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
class UsersAndAccessReport implements ReportDefinition {

    private final UserAdminService users;
    private final ReportRenderer renderer;
    private final ReportRuns runs;
    private final CurrentUser currentUser;
    private final Clock clock;

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

    /** Today's accounts: the period and business filters do not apply. */
    @Override
    public boolean takesFilters() {
        return false;
    }

    @Override
    @ReplicaRead
    @PreAuthorize(Roles.IS_ADMIN)
    public ReportFile render(ReportFilter filter, ReportFormat format) {
        Map<String, Object> parameters = Map.of(
                "generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(clock.instant()
                        .atZone(clock.getZone())),
                "generatedBy", currentUser.requireUsername());
        return runs.run(title(), null, format, () -> renderer.render("users-and-access", parameters,
                users.accessReport().iterator(), format));
    }

    @Override
    public List<? extends Record> screenRows(ReportFilter filter) {
        return users.accessReport();
    }
}
