package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.flag.Flag;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagService;

/** Raises a flag on a business by hand: red or yellow, a one-line warning and an optional note. */
class RaiseFlagDialog extends FormDialog {

    final RadioButtonGroup<FlagColour> colour = new RadioButtonGroup<>("Colour");
    final TextField message = new TextField("Warning");
    final TextArea note = new TextArea("Note");
    final Button raise = new Button("Raise flag");
    private final BeanValidationBinder<Flag> binder = new BeanValidationBinder<>(Flag.class);

    RaiseFlagDialog(FlagService flags, Flag draft, Runnable onRaised) {
        super("Raise a flag on " + draft.getBusiness().getDisplayName(), "32rem");
        colour.setItems(FlagColour.values());
        colour.setItemLabelGenerator(FlagColour::label);
        message.setWidthFull();
        message.setHelperText("In a few words, e.g. \"Main customer moving production overseas\".");
        note.setWidthFull();
        note.setHelperText("Optional: what you heard and from whom.");
        binder.forField(colour).bind("colour");
        binder.forField(message).bind("message");
        binder.forField(note).bind("note");
        binder.readBean(draft);
        add(new FormLayout(colour, message, note));
        raise.addClickListener(e -> {
            if (binder.writeBeanIfValid(draft)) {
                saveAndClose(() -> flags.raise(draft), SaveFailures::show, raised -> "Flag raised.",
                        raised -> onRaised.run());
            }
        });
        confirmWith(raise);
    }
}
