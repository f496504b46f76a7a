package org.groundwork.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.servlet.http.HttpServletResponse;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;

/** The "access denied" page; every time it is shown, the attempt goes to the audit trail. */
abstract class AccessDeniedPage extends ErrorPage {

    private final transient AuditService auditService;

    protected AccessDeniedPage(AuditService auditService) {
        super("You don't have access to this page",
                "Your role doesn't include it. If you need it for your work, ask an administrator.");
        this.auditService = auditService;
    }

    protected int deny(BeforeEnterEvent event, String note) {
        auditService.record(AuditAction.ACCESS_DENIED, null, null, "/" + event.getLocation().getPath() + note);
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
