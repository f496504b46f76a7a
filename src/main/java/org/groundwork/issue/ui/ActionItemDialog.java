package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.issue.ActionItem;

/** Adds or edits one action plan step in an {@link ActionItemForm}. */
class ActionItemDialog extends FormDialog {

    final ActionItemForm form;
    final Button save = new Button("Save");

    ActionItemDialog(ActionItem item, IssueUiServices services, Runnable onSaved) {
        super(item.isNew() ? "New action item" : "Edit action item", "32rem");
        form = new ActionItemForm(services);
        form.read(item);
        add(form);
        save.addClickListener(e -> {
            if (form.writeTo(item)) {
                saveAndClose(() -> services.actionPlans().save(item), form::show,
                        saved -> "Saved the action item.", saved -> onSaved.run());
            }
        });
        confirmWith(save);
    }
}
