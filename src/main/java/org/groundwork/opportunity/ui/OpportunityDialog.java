package org.groundwork.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.opportunity.Opportunity;
import org.groundwork.opportunity.OpportunityService;

/**
 * Creates or edits an opportunity's details (its stage moves on the board or its page) in an
 * {@link OpportunityForm}: on a refusal the dialog stays open with everything typed, the message on its field.
 */
class OpportunityDialog extends Dialog {

    final OpportunityForm form;
    final Button save = new Button("Save");
    private final transient Opportunity opportunity;
    private final transient OpportunityService opportunities;
    private final transient Consumer<Opportunity> onSaved;

    OpportunityDialog(Opportunity opportunity, OpportunityUiServices services, Consumer<Opportunity> onSaved) {
        this.opportunity = opportunity;
        this.opportunities = services.opportunities();
        this.onSaved = onSaved;
        setHeaderTitle(opportunity.isNew() ? "New growth opportunity" : "Edit " + opportunity.getTitle());
        setWidth("min(100vw, 40rem)");
        form = new OpportunityForm(services);
        form.read(opportunity);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save() {
        if (!form.writeTo(opportunity)) {
            return;
        }
        SaveFailures.attempt(() -> opportunities.save(opportunity), form::show).ifPresent(saved -> {
            Notifications.success("Saved " + saved.getTitle() + ".");
            close();
            onSaved.accept(saved);
        });
    }
}
