package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.Notifications;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagService;

/** Resolves a flag; the note (what was done, or why it no longer applies) is required. */
class ResolveFlagDialog extends Dialog {

    final TextArea note = new TextArea("How was it resolved?");
    final Button resolve = new Button("Resolve flag");

    ResolveFlagDialog(FlagService flags, Flag flag, Runnable onResolved) {
        setHeaderTitle("Resolve: " + flag.getMessage());
        setWidth("min(100vw, 32rem)");
        note.setWidthFull();
        note.setHelperText("What was done, or why it no longer applies.");
        add(new Paragraph(flag.getBusiness().getDisplayName()), note);
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resolve.addClickListener(e -> {
            try {
                flags.resolve(flag.getId(), flag.getVersion(), note.getValue());
            } catch (RuleViolationException rule) {
                FieldErrors.show(rule, Map.of("resolutionNote", note));
                return;
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
                return;
            }
            Notifications.success("Flag resolved.");
            onResolved.run();
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), resolve);
    }
}
