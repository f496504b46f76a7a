package org.groundwork.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Catches what escapes a click handler: a refused service call is audited and explained; anything else is logged
 * with a reference the user can quote, instead of Vaadin's stack trace.
 */
@Component
@RequiredArgsConstructor
class UnexpectedErrorHandler implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final AuditService auditService;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        for (Throwable cause = event.getThrowable(); cause != null; cause = cause.getCause()) {
            if (isClientGone(cause)) {
                LOG.debug("The browser went away mid-response", cause);
                return;
            }
            if (cause instanceof AccessDeniedException) {
                auditService.record(AuditAction.ACCESS_DENIED, null, null, "operation refused: " + cause.getMessage());
                showIfAttached("You don't have permission to do that.");
                return;
            }
            if (cause instanceof RuntimeException runtime && SaveFailures.explain(runtime) != null) {
                showIfAttached(SaveFailures.explain(runtime));
                return;
            }
        }
        String reference = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        LOG.error("Unexpected error, reference {}", reference, event.getThrowable());
        if (!showIfAttached("Something went wrong and it was not saved. If it happens again, tell your "
                + "administrator the reference " + reference + ".")) {
            new DefaultErrorHandler().error(event);
        }
    }

    /** A closed tab or lost connection while a response is written: nobody is there to tell. */
    private static boolean isClientGone(Throwable cause) {
        return cause.getClass().getSimpleName().equals("ClientAbortException")
                || cause instanceof IOException && String.valueOf(cause.getMessage()).contains("Broken pipe");
    }

    private static boolean showIfAttached(String message) {
        if (VaadinSession.getCurrent() == null || UI.getCurrent() == null) {
            return false;
        }
        Notifications.error(message);
        return true;
    }
}
