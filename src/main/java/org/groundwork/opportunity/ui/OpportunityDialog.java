package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import java.util.function.Consumer;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.opportunity.Opportunity;

/**
 * Creates or edits an opportunity's details (its stage moves on the board or its page) in an
 * {@link OpportunityForm}: on a refusal the dialog stays open with everything typed, the message on its field.
 */
class OpportunityDialog extends FormDialog {

    final OpportunityForm form;
    final Button save = new Button("Save");

    OpportunityDialog(Opportunity opportunity, OpportunityUiServices services, Consumer<Opportunity> onSaved) {
        super(opportunity.isNew() ? "New growth opportunity" : "Edit " + opportunity.getTitle(), "40rem");
        form = new OpportunityForm(services);
        form.read(opportunity);
        add(form);
        save.addClickListener(e -> {
            if (form.writeTo(opportunity)) {
                saveAndClose(() -> services.opportunities().save(opportunity), form::show,
                        saved -> "Saved " + saved.getTitle() + ".", onSaved);
            }
        });
        confirmWith(save);
    }
}
