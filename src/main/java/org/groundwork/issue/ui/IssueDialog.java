package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.issue.MacroIssue;

/** Creates or edits a macro-issue in an {@link IssueForm}; buffered, refusals on fields. */
class IssueDialog extends Dialog {

    final IssueForm form;
    final Button save = new Button("Save");

    IssueDialog(MacroIssue issue, IssueUiServices services, Consumer<MacroIssue> onSaved) {
        setHeaderTitle(issue.isNew() ? "New macro-issue" : "Edit " + issue.getTitle());
        setWidth("min(100vw, 36rem)");
        form = new IssueForm(services);
        form.read(issue);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (form.writeTo(issue)) {
                SaveFailures.attempt(() -> services.issues().save(issue), form::show).ifPresent(saved -> {
                    Notifications.success("Saved " + saved.getTitle() + ".");
                    close();
                    onSaved.accept(saved);
                });
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
