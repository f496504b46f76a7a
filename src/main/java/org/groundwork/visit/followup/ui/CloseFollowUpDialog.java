package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;

/** Closes a follow-up as done or cancelled; the outcome is required and the dialog keeps it if refused. */
class CloseFollowUpDialog extends FormDialog {

    final ClosingForm form = new ClosingForm();
    final Button confirm = new Button("Close follow-up");

    CloseFollowUpDialog(FollowUpService followUps, FollowUp followUp, Runnable onClosed) {
        super("Close: " + followUp.getDescription(), "32rem");
        add(form);
        confirm.addClickListener(e -> form.entries().ifPresent(closing -> saveAndClose(
                () -> followUps.close(followUp.getId(), followUp.getVersion(), closing.getClosedAs(),
                        closing.getOutcome()), form::show, closed -> "Follow-up closed.", closed -> onClosed.run())));
        confirmWith(confirm);
    }
}
