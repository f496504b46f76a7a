package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.visit.followup.FollowUpStatus;

/** How a follow-up ended and what came of it; a buffered binder checks the entries before the service does. */
class ClosingForm extends Composite<FormLayout> {

    final RadioButtonGroup<FollowUpStatus> closedAs = new RadioButtonGroup<>("How did it end?");
    final TextArea outcome = new TextArea("Outcome");
    private final BeanValidationBinder<FollowUpClosing> binder = new BeanValidationBinder<>(FollowUpClosing.class);

    ClosingForm() {
        closedAs.setItems(List.of(FollowUpStatus.DONE, FollowUpStatus.CANCELLED));
        closedAs.setItemLabelGenerator(FollowUpStatus::label);
        outcome.setWidthFull();
        outcome.setHelperText("What came of it, or why it was dropped.");
        getContent().add(closedAs, outcome);
        binder.bindInstanceFields(this);
        binder.readBean(new FollowUpClosing());
    }

    /** The entries, or empty with the problems shown on the fields. */
    Optional<FollowUpClosing> entries() {
        FollowUpClosing closing = new FollowUpClosing();
        return binder.writeBeanIfValid(closing) ? Optional.of(closing) : Optional.empty();
    }

    /** Shows the service's refusal on the field it concerns. */
    void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("status", closedAs, "outcome", outcome));
    }
}
