package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;

/** Resolves a flag; the note (what was done, or why it no longer applies) is required. */
class ResolveFlagDialog extends Dialog {

    final ResolutionForm form = new ResolutionForm();
    final Button resolve = new Button("Resolve flag");

    ResolveFlagDialog(FlagService flags, Flag flag, Runnable onResolved) {
        setHeaderTitle("Resolve: " + flag.getMessage());
        setWidth("min(100vw, 32rem)");
        add(new Paragraph(flag.getBusiness().getDisplayName()), form);
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resolve.addClickListener(e -> form.entries().flatMap(resolution -> SaveFailures.attempt(
                () -> flags.resolve(flag.getId(), flag.getVersion(), resolution.getNote()), form::show))
                .ifPresent(resolved -> {
                    Notifications.success("Flag resolved.");
                    onResolved.run();
                    close();
                }));
        getFooter().add(new Button("Cancel", e -> close()), resolve);
    }
}
