package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.RuleViolationException;
import org.groundwork.opportunity.OpportunityStage;
import org.groundwork.opportunity.Outcome;

/**
 * Asks why an opportunity was won or lost and, when won, what it actually brought. The move itself is done by
 * {@code onConfirm}; a refusal it throws is shown on the field concerned and the dialog stays open.
 */
class OutcomeDialog extends Dialog {

    final TextArea reason = new TextArea();
    final IntegerField realizedJobs = new IntegerField("New jobs actually created");
    final BigDecimalField realizedInvestment = new BigDecimalField("Investment actually made ($)");
    final DatePicker actualDate = new DatePicker("Date");
    final Button confirm;

    OutcomeDialog(String title, OpportunityStage to, Consumer<Outcome> onConfirm) {
        boolean won = to == OpportunityStage.WON;
        setHeaderTitle((won ? "Mark as won: " : "Mark as lost: ") + title);
        setWidth("min(100vw, 32rem)");
        reason.setLabel(won ? "What made it a win?" : "Why was it lost?");
        reason.setRequired(true);
        FormLayout form = new FormLayout(reason);
        form.setColspan(reason, 2);
        if (won) {
            add(new Paragraph("Enter what the business actually created and invested (0 if none): these "
                    + "figures go into the program's results."));
            realizedJobs.setRequired(true);
            realizedInvestment.setRequired(true);
            form.add(realizedJobs, realizedInvestment);
        }
        form.add(actualDate);
        add(form);
        confirm = new Button(won ? "Mark as won" : "Mark as lost", e -> {
            try {
                onConfirm.accept(new Outcome(reason.getValue(), realizedJobs.getValue(),
                        realizedInvestment.getValue(), actualDate.getValue()));
                close();
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("reason", reason, "realizedJobs", realizedJobs,
                        "realizedInvestment", realizedInvestment));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
