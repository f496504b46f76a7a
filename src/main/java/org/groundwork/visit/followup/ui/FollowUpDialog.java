package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.security.StaffDirectory;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;

/**
 * Creates or edits a follow-up in a {@link FollowUpForm}. The binder is buffered, so a refused save leaves the
 * dialog open with everything typed.
 */
class FollowUpDialog extends FormDialog {

    final FollowUpForm form;
    final Button save = new Button("Save follow-up");

    FollowUpDialog(FollowUpService followUps, StaffDirectory staff, PartnerOrganizationService organizations,
                   FollowUp followUp, Runnable onSaved) {
        super((followUp.isNew() ? "New follow-up for " : "Follow-up for ") + followUp.getBusiness().getDisplayName(),
                "34rem");
        form = new FollowUpForm(staff, organizations);
        form.read(followUp);
        add(form);
        save.addClickListener(e -> {
            if (form.writeTo(followUp)) {
                saveAndClose(() -> followUp.isNew() ? followUps.create(followUp) : followUps.update(followUp),
                        form::show, saved -> "Follow-up saved.", saved -> onSaved.run());
            }
        });
        confirmWith(save);
    }
}
