package org.groundwork.issue.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.groundwork.issue.Severity;

/** "How badly is the business affected?" as three radio buttons, medium by default. */
final class SeverityChoice {

    private SeverityChoice() {
    }

    static RadioButtonGroup<Severity> create() {
        RadioButtonGroup<Severity> severity = new RadioButtonGroup<>("How badly is the business affected?");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        severity.setValue(Severity.MEDIUM);
        return severity;
    }
}
