package org.groundwork.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.Formats;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.PartnerFollowUpService;
import org.groundwork.issue.PortalFollowUp;
import org.groundwork.visit.followup.FollowUpStatus;

/** Acknowledge a follow-up, or close it as done or cancelled with what came of it. */
class PortalFollowUpDialog extends FormDialog {

    final Button acknowledge = new Button("Acknowledge");
    final RadioButtonGroup<FollowUpStatus> closedAs = new RadioButtonGroup<>("Close as");
    final TextArea outcome = new TextArea("What came of it");
    final Button close = new Button("Close follow-up");

    PortalFollowUpDialog(PortalFollowUp followUp, PartnerFollowUpService followUps, Runnable onChange) {
        super(followUp.description(), "32rem");
        add(new Paragraph(followUp.business() + " · due " + Formats.date(followUp.dueDate()) + " · "
                + followUp.status().label()));
        if (followUp.status().isClosed()) {
            add(new Paragraph("Closed: " + (followUp.outcome() == null ? "" : followUp.outcome())));
            return;
        }
        closedAs.setItems(FollowUpStatus.DONE, FollowUpStatus.CANCELLED);
        closedAs.setItemLabelGenerator(FollowUpStatus::label);
        outcome.setWidthFull();
        add(closedAs, outcome);
        acknowledge.setEnabled(followUp.status() == FollowUpStatus.OPEN);
        acknowledge.addClickListener(e -> act(() -> followUps.acknowledge(followUp.id(), followUp.version()),
                "Acknowledged.", onChange));
        close.addClickListener(e -> act(() -> followUps.close(followUp.id(), followUp.version(),
                closedAs.getValue(), outcome.getValue()), "Closed.", onChange));
        getFooter().add(acknowledge);
        confirmWith(close);
    }

    private void act(Runnable action, String done, Runnable onChange) {
        try {
            action.run();
        } catch (RuleViolationException rule) {
            FieldErrors.show(rule, Map.of("outcome", outcome, "status", closedAs));
            return;
        } catch (RuntimeException failure) {
            SaveFailures.show(failure);
            return;
        }
        Notifications.success(done);
        onChange.run();
        close();
    }
}
