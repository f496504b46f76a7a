package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.Outcome;

/**
 * Asks why an opportunity was won or lost and, when won, what it actually brought. The move itself is done by
 * {@code onConfirm}; a refusal it throws is shown on the field concerned and the dialog stays open.
 */
class OutcomeDialog extends FormDialog {

    final OutcomeForm<?> form;
    final Button confirm;

    OutcomeDialog(String title, OpportunityStage to, Consumer<Outcome> onConfirm) {
        super((to == OpportunityStage.WON ? "Mark as won: " : "Mark as lost: ") + title, "32rem");
        boolean won = to == OpportunityStage.WON;
        if (won) {
            add(new Paragraph("Enter what the business actually created and invested (0 if none): these "
                    + "figures go into the program's results."));
        }
        form = OutcomeForm.forStage(to);
        add(form);
        confirm = new Button(won ? "Mark as won" : "Mark as lost", e -> form.outcome().ifPresent(outcome -> {
            try {
                onConfirm.accept(outcome);
                close();
            } catch (RuleViolationException rule) {
                form.show(rule);
            }
        }));
        confirmWith(confirm);
    }
}
