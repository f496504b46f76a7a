package org.groundwork.business.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.SaveFailures;

/** Asks for a saved view's name; a refused name (taken, empty) is explained on the field and the dialog stays. */
class ViewNameDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button save = new Button("Save");

    ViewNameDialog(String title, String initial, Consumer<String> onSave) {
        setHeaderTitle(title);
        name.setValue(initial == null ? "" : initial);
        name.setWidthFull();
        name.setMaxLength(100);
        add(name);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                onSave.accept(name.getValue());
                close();
            } catch (RuleViolationException problem) {
                name.setInvalid(true);
                name.setErrorMessage(problem.getMessage());
            } catch (RuntimeException failure) {
                SaveFailures.show(failure);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> name.focus());
    }
}
