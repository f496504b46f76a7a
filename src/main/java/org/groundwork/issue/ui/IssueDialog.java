package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import java.util.function.Consumer;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.issue.MacroIssue;

/** Creates or edits a macro-issue in an {@link IssueForm}; buffered, refusals on fields. */
class IssueDialog extends FormDialog {

    final IssueForm form;
    final Button save = new Button("Save");

    IssueDialog(MacroIssue issue, IssueUiServices services, Consumer<MacroIssue> onSaved) {
        super(issue.isNew() ? "New macro-issue" : "Edit " + issue.getTitle(), "36rem");
        form = new IssueForm(services);
        form.read(issue);
        add(form);
        save.addClickListener(e -> {
            if (form.writeTo(issue)) {
                saveAndClose(() -> services.issues().save(issue), form::show,
                        saved -> "Saved " + saved.getTitle() + ".", onSaved);
            }
        });
        confirmWith(save);
    }
}
