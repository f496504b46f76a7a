package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.visit.flag.Comparison;
import org.groundwork.visit.flag.ConditionSubject;
import org.groundwork.visit.flag.RuleCondition;
import org.groundwork.visit.interview.QuestionRef;

/**
 * One condition of a rule, as a row of fields: what it looks at (and which question), how it compares, and the
 * value. The comparisons offered follow the question's answer type; the value's hint lists a choice question's
 * options.
 */
class ConditionEditor extends FlexLayout {

    final Select<ConditionSubject> subject = new Select<>();
    final ComboBox<QuestionRef> question = new ComboBox<>("Question");
    final Select<Comparison> comparison = new Select<>();
    final TextField operand = new TextField("Value");
    final Button remove = new Button(VaadinIcon.TRASH.create());

    ConditionEditor(List<QuestionRef> questions, RuleCondition condition, Runnable onRemove) {
        setFlexWrap(FlexWrap.WRAP);
        addClassName("gw-filters");
        subject.setLabel("Looks at");
        subject.setItems(ConditionSubject.values());
        subject.setItemLabelGenerator(ConditionSubject::label);
        List<QuestionRef> choices = new ArrayList<>(questions);
        if (condition != null && condition.getQuestionKey() != null
                && choices.stream().noneMatch(q -> q.key().equals(condition.getQuestionKey()))) {
            choices.add(new QuestionRef(condition.getQuestionKey(), condition.getQuestionKey() + " (not in the "
                    + "current questionnaire)", condition.getAnswerType(), List.of()));
        }
        question.setItems(choices);
        question.setItemLabelGenerator(QuestionRef::text);
        question.setWidth("min(100%, 22rem)");
        comparison.setLabel("Comparison");
        comparison.setItemLabelGenerator(c -> c == null ? "" : c.label());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove this condition");
        remove.addClickListener(e -> onRemove.run());
        subject.addValueChangeListener(e -> fit());
        question.addValueChangeListener(e -> fit());
        if (condition == null) {
            subject.setValue(ConditionSubject.ANSWER);
        } else {
            subject.setValue(condition.getSubject());
            choices.stream().filter(q -> q.key().equals(condition.getQuestionKey())).findFirst()
                    .ifPresent(question::setValue);
            comparison.setValue(condition.getComparison());
            operand.setValue(condition.getOperand() == null ? "" : condition.getOperand());
        }
        add(subject, question, comparison, operand, remove);
        setAlignItems(Alignment.BASELINE);
    }

    RuleCondition value() {
        QuestionRef picked = question.getValue();
        return new RuleCondition(subject.getValue(), picked == null ? null : picked.key(),
                picked == null ? null : picked.type(), comparison.getValue(), operand.getValue());
    }

    private void fit() {
        boolean answer = subject.getValue() == ConditionSubject.ANSWER;
        question.setVisible(answer);
        QuestionRef picked = question.getValue();
        Comparison current = comparison.getValue();
        var fitting = Comparison.fitting(subject.getValue(), picked == null ? null : picked.type());
        comparison.setItems(fitting);
        comparison.setValue(fitting.contains(current) ? current : fitting.stream().findFirst().orElse(null));
        operand.setHelperText(answer && picked != null && !picked.choices().isEmpty()
                ? "Options: " + String.join(", ", picked.choices())
                : answer && picked != null && picked.type() == org.groundwork.visit.interview.AnswerType.YES_NO ? "yes or no"
                : null);
    }
}
