package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.followup.FollowUp;
import org.groundwork.visit.followup.FollowUpService;
import org.groundwork.visit.followup.FollowUpStatus;

/** Closes a follow-up as done or cancelled; the outcome is required and the dialog keeps it if refused. */
class CloseFollowUpDialog extends Dialog {

    final RadioButtonGroup<FollowUpStatus> closedAs = new RadioButtonGroup<>("How did it end?");
    final TextArea outcome = new TextArea("Outcome");
    final Button confirm = new Button("Close follow-up");

    CloseFollowUpDialog(FollowUpService followUps, FollowUp followUp, Runnable onClosed) {
        setHeaderTitle("Close: " + followUp.getDescription());
        setWidth("min(100vw, 32rem)");
        closedAs.setItems(List.of(FollowUpStatus.DONE, FollowUpStatus.CANCELLED));
        closedAs.setItemLabelGenerator(FollowUpStatus::label);
        closedAs.setValue(FollowUpStatus.DONE);
        outcome.setWidthFull();
        outcome.setHelperText("What came of it, or why it was dropped.");
        add(new FormLayout(closedAs, outcome));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                followUps.close(followUp.getId(), followUp.getVersion(), closedAs.getValue(), outcome.getValue());
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("outcome", outcome));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Follow-up closed.");
            onClosed.run();
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
