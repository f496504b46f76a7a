package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;

/** Closes a follow-up as done or cancelled; the outcome is required and the dialog keeps it if refused. */
class CloseFollowUpDialog extends Dialog {

    final ClosingForm form = new ClosingForm();
    final Button confirm = new Button("Close follow-up");

    CloseFollowUpDialog(FollowUpService followUps, FollowUp followUp, Runnable onClosed) {
        setHeaderTitle("Close: " + followUp.getDescription());
        setWidth("min(100vw, 32rem)");
        add(form);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> form.entries().flatMap(closing -> SaveFailures.attempt(
                () -> followUps.close(followUp.getId(), followUp.getVersion(), closing.getClosedAs(),
                        closing.getOutcome()), form::show))
                .ifPresent(closed -> {
                    Notifications.success("Follow-up closed.");
                    onClosed.run();
                    close();
                }));
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
