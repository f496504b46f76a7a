package org.groundwork.visit.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.QuestionSpec;

/** Edits one question: wording, key, answer type, required, help text and (for choices) the options. */
class QuestionEditor extends Div {

    final TextField text = new TextField("Question");
    final TextField key = new TextField("Key");
    final Select<AnswerType> type = new Select<>();
    final Checkbox required = new Checkbox("Must be answered");
    final TextField help = new TextField("Help text");
    final TextArea choices = new TextArea("Choices, one per line");
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    QuestionEditor(QuestionSpec spec, boolean readOnly) {
        addClassName("gw-question-editor");
        type.setLabel("Answer");
        type.setItems(AnswerType.values());
        type.setItemLabelGenerator(AnswerType::label);
        key.setHelperText("Stable name used by flag rules and reports; lower-case letters, digits and _.");
        help.setHelperText("Plain words that help the interviewer ask or answer.");
        text.setValue(spec.text() == null ? "" : spec.text());
        key.setValue(spec.key() == null ? "" : spec.key());
        type.setValue(spec.type() == null ? AnswerType.TEXT : spec.type());
        required.setValue(spec.required());
        help.setValue(spec.helpText() == null ? "" : spec.helpText());
        choices.setValue(String.join("\n", spec.choices()));
        choices.setVisible(spec.hasChoices());
        type.addValueChangeListener(e -> choices.setVisible(spec().hasChoices()));
        up.setAriaLabel("Move up");
        down.setAriaLabel("Move down");
        remove.setAriaLabel("Remove question");
        for (Button button : List.of(up, down, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setVisible(!readOnly);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(text, key, type, required, help, choices);
        form.setColspan(text, 2);
        form.setColspan(help, 2);
        form.setColspan(choices, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        text.setReadOnly(readOnly);
        key.setReadOnly(readOnly);
        type.setReadOnly(readOnly);
        required.setReadOnly(readOnly);
        help.setReadOnly(readOnly);
        choices.setReadOnly(readOnly);
        add(form, new Div(up, down, remove));
    }

    QuestionSpec spec() {
        List<String> options = Arrays.stream(choices.getValue().split("\n")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new QuestionSpec(key.getValue().trim(), text.getValue(), help.getValue(), type.getValue(),
                required.getValue(), options);
    }
}
