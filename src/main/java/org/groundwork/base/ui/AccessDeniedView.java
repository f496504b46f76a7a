package org.groundwork.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import org.groundwork.base.AuditService;

/** Shown when a signed-in user opens a page their role may not open. */
@PageTitle("Access denied")
@PermitAll
public class AccessDeniedView extends AccessDeniedPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView(AuditService auditService) {
        super(auditService);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return deny(event, "");
    }
}
