package org.groundwork.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import org.groundwork.base.AuditService;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a page opened but a service refused its data (method security) while the page was built. */
@PageTitle("Access denied")
@PermitAll
public class ServiceAccessDeniedView extends AccessDeniedPage implements HasErrorParameter<AccessDeniedException> {

    public ServiceAccessDeniedView(AuditService auditService) {
        super(auditService);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return deny(event, " (service refused)");
    }
}
