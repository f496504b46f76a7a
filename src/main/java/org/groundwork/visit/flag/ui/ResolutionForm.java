package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntriesForm;
import org.groundwork.base.ui.FieldErrors;

/** How a flag was resolved; a buffered binder checks the note before the service does. */
class ResolutionForm extends EntriesForm<FlagResolution> {

    final TextArea note = new TextArea("How was it resolved?");

    ResolutionForm() {
        super(FlagResolution.class, FlagResolution::new);
        note.setWidthFull();
        note.setHelperText("What was done, or why it no longer applies.");
        getContent().add(note);
        binder.bindInstanceFields(this);
        read(new FlagResolution());
    }

    @Override
    public void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("resolutionNote", note));
    }
}
