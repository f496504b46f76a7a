package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;

/** Resolves a flag; the note (what was done, or why it no longer applies) is required. */
class ResolveFlagDialog extends FormDialog {

    final ResolutionForm form = new ResolutionForm();
    final Button resolve = new Button("Resolve flag");

    ResolveFlagDialog(FlagService flags, Flag flag, Runnable onResolved) {
        super("Resolve: " + flag.getMessage(), "32rem");
        add(new Paragraph(flag.getBusiness().getDisplayName()), form);
        resolve.addClickListener(e -> form.entries().ifPresent(resolution -> saveAndClose(
                () -> flags.resolve(flag.getId(), flag.getVersion(), resolution.getNote()), form::show,
                resolved -> "Flag resolved.", resolved -> onResolved.run())));
        confirmWith(resolve);
    }
}
