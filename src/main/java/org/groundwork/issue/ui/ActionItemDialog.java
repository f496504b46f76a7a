package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.ActionItem;

/** Adds or edits one action plan step in an {@link ActionItemForm}. */
class ActionItemDialog extends Dialog {

    final ActionItemForm form;
    final Button save = new Button("Save");

    ActionItemDialog(ActionItem item, IssueUiServices services, Runnable onSaved) {
        setHeaderTitle(item.isNew() ? "New action item" : "Edit action item");
        setWidth("min(100vw, 32rem)");
        form = new ActionItemForm(services);
        form.read(item);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.writeTo(item)) {
                SaveFailures.attempt(() -> services.actionPlans().save(item), form::show).ifPresent(saved -> {
                    Notifications.success("Saved the action item.");
                    close();
                    onSaved.run();
                });
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
