package org.groundwork.visit.followup.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.EntriesForm;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.visit.followup.FollowUpStatus;

/** How a follow-up ended and what came of it; a buffered binder checks the entries before the service does. */
class ClosingForm extends EntriesForm<FollowUpClosing> {

    final RadioButtonGroup<FollowUpStatus> closedAs = new RadioButtonGroup<>("How did it end?");
    final TextArea outcome = new TextArea("Outcome");

    ClosingForm() {
        super(FollowUpClosing.class, FollowUpClosing::new);
        closedAs.setItems(List.of(FollowUpStatus.DONE, FollowUpStatus.CANCELLED));
        closedAs.setItemLabelGenerator(FollowUpStatus::label);
        outcome.setWidthFull();
        outcome.setHelperText("What came of it, or why it was dropped.");
        getContent().add(closedAs, outcome);
        binder.bindInstanceFields(this);
        read(new FollowUpClosing());
    }

    @Override
    public void show(RuleViolationException refusal) {
        FieldErrors.show(refusal, Map.of("status", closedAs, "outcome", outcome));
    }
}
