package org.groundwork.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.TemplateQuestion;

/**
 * One interview question with the input that suits its answer type. Every change is saved at once through
 * the saver (text after a short pause in typing), and a small status line says whether it was saved.
 */
class AnswerField extends Div {

    private static final int TYPING_PAUSE_MS = 600;

    final TemplateQuestion question;
    final Component input;
    final Span status = new Span();
    private final transient Function<List<String>, List<String>> saver;

    AnswerField(TemplateQuestion question, List<String> saved, Function<List<String>, List<String>> saver) {
        this.question = question;
        this.saver = saver;
        addClassName("gw-answer");
        input = switch (question.getType()) {
            case YES_NO -> radios(List.of("yes", "no"), v -> "yes".equals(v) ? "Yes" : "No", saved);
            case SCALE -> radios(List.of("1", "2", "3", "4", "5"), v -> v, saved);
            case SINGLE_CHOICE -> radios(question.getChoices(), v -> v, saved);
            case MULTIPLE_CHOICE -> checkboxes(saved);
            case NUMBER -> number(saved);
            case TEXT -> text(saved);
        };
        input.getElement().setAttribute("data-question", question.getQuestionKey());
        status.addClassName("gw-answer-status");
        add(input, status);
    }

    private Component radios(List<String> options, Function<String, String> label, List<String> saved) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(labelText());
        group.setItems(options);
        group.setItemLabelGenerator(label::apply);
        if (options.size() > 5 || question.getType() == AnswerType.SINGLE_CHOICE) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        group.setHelperText(question.getHelpText());
        if (!saved.isEmpty()) {
            group.setValue(saved.getFirst());
        }
        group.addValueChangeListener(e -> save(e.getValue() == null ? List.of() : List.of(e.getValue()), group));
        return group;
    }

    private Component checkboxes(List<String> saved) {
        CheckboxGroup<String> group = new CheckboxGroup<>(labelText());
        group.setItems(question.getChoices());
        group.setHelperText(question.getHelpText());
        group.setValue(new LinkedHashSet<>(saved));
        group.addValueChangeListener(e -> save(question.getChoices().stream().filter(e.getValue()::contains)
                .toList(), group));
        return group;
    }

    private Component number(List<String> saved) {
        BigDecimalField field = new BigDecimalField(labelText());
        field.setHelperText(question.getHelpText());
        field.setWidthFull();
        if (!saved.isEmpty()) {
            field.setValue(new BigDecimal(saved.getFirst()));
        }
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addValueChangeListener(e -> save(e.getValue() == null ? List.of()
                : List.of(e.getValue().toPlainString()), field));
        return field;
    }

    private Component text(List<String> saved) {
        TextArea area = new TextArea(labelText());
        area.setHelperText(question.getHelpText());
        area.setWidthFull();
        area.setMaxLength(3900);
        area.setValue(saved.isEmpty() ? "" : saved.getFirst());
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
        area.addValueChangeListener(e -> save(List.of(e.getValue()), area));
        return area;
    }

    private String labelText() {
        return question.getText() + (question.isRequired() ? " *" : "");
    }

    private void save(List<String> values, HasValidation field) {
        try {
            saver.apply(values);
            field.setInvalid(false);
            status.setText(values.isEmpty() ? "Cleared" : "Saved");
        } catch (RuleViolationException rule) {
            field.setErrorMessage(rule.getMessage());
            field.setInvalid(true);
            status.setText("Not saved");
        } catch (RuntimeException failure) {
            status.setText("Not saved");
            SaveFailures.show(failure);
        }
    }

    /** Marks the question as one that must be answered before completing. */
    void markMissing() {
        if (input instanceof HasValidation field) {
            field.setErrorMessage("Please answer this before completing the visit.");
            field.setInvalid(true);
        }
    }

    void setReadOnly(boolean readOnly) {
        if (input instanceof HasValue<?, ?> field) {
            field.setReadOnly(readOnly);
        }
    }

    /** The answer as shown to a person, e.g. "Yes" or "Housing; Broadband". */
    String displayValue() {
        Object value = ((HasValue<?, ?>) input).getValue();
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? null : String.join("; ", set.stream().map(Object::toString).toList());
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return "yes".equals(value) ? "Yes" : "no".equals(value) ? "No" : value.toString();
    }
}
