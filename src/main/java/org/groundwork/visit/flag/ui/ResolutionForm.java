package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.Optional;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;

/** How a flag was resolved; a buffered binder checks the note before the service does. */
class ResolutionForm extends Composite<FormLayout> {

    final TextArea note = new TextArea("How was it resolved?");
    private final BeanValidationBinder<FlagResolution> binder = new BeanValidationBinder<>(FlagResolution.class);

    ResolutionForm() {
        note.setWidthFull();
        note.setHelperText("What was done, or why it no longer applies.");
        getContent().add(note);
        binder.bindInstanceFields(this);
        binder.readBean(new FlagResolution());
    }

    /** The entries, or empty with the problems shown on the fields. */
    Optional<FlagResolution> entries() {
        FlagResolution resolution = new FlagResolution();
        return binder.writeBeanIfValid(resolution) ? Optional.of(resolution) : Optional.empty();
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("resolutionNote", note));
    }
}
