package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;

/**
 * Creates or edits a follow-up in a {@link FollowUpForm}. The binder is buffered, so a refused save leaves the
 * dialog open with everything typed.
 */
class FollowUpDialog extends Dialog {

    final FollowUpForm form;
    final Button save = new Button("Save follow-up");
    private final transient FollowUpService followUps;
    private final transient FollowUp followUp;
    private final transient Runnable onSaved;

    FollowUpDialog(FollowUpService followUps, StaffDirectory staff, PartnerOrganizationService organizations,
                   FollowUp followUp, Runnable onSaved) {
        this.followUps = followUps;
        this.followUp = followUp;
        this.onSaved = onSaved;
        setHeaderTitle((followUp.isNew() ? "New follow-up for " : "Follow-up for ")
                + followUp.getBusiness().getDisplayName());
        setWidth("min(100vw, 34rem)");
        form = new FollowUpForm(staff, organizations);
        form.read(followUp);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        if (!form.writeTo(followUp)) {
            return;
        }
        SaveFailures.attempt(() -> followUp.isNew() ? followUps.create(followUp) : followUps.update(followUp),
                form::show).ifPresent(saved -> {
                    Notifications.success("Follow-up saved.");
                    onSaved.run();
                    close();
                });
    }
}
