package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagRule;
import org.groundwork.visit.flag.FlagRuleService;
import org.groundwork.visit.flag.RuleCondition;
import org.groundwork.visit.interview.QuestionRef;

/** Creates or edits a flag rule; every condition must hold for the rule to raise its flag. */
class FlagRuleEditor extends FormDialog {

    final TextField name = new TextField("Name");
    final RadioButtonGroup<FlagColour> colour = new RadioButtonGroup<>("Colour");
    final TextField message = new TextField("Warning the flag shows");
    final Checkbox enabled = new Checkbox("Switched on");
    final List<ConditionEditor> conditions = new ArrayList<>();
    final Paragraph conditionsError = new Paragraph();
    final Button addCondition = new Button("Add condition", VaadinIcon.PLUS.create());
    final Button save = new Button("Save rule");
    private final VerticalLayout conditionRows = new VerticalLayout();
    private final BeanValidationBinder<FlagRule> binder = new BeanValidationBinder<>(FlagRule.class);
    private final transient List<QuestionRef> questions;

    FlagRuleEditor(FlagRuleService rules, FlagRule rule, Runnable onSaved) {
        super(rule.isNew() ? "New flag rule" : rule.getName(), "56rem");
        this.questions = rules.questions();
        colour.setItems(FlagColour.values());
        colour.setItemLabelGenerator(FlagColour::label);
        message.setWidthFull();
        binder.forField(name).bind("name");
        binder.forField(colour).bind("colour");
        binder.forField(message).bind("message");
        binder.forField(enabled).bind("enabled");
        binder.readBean(rule);
        conditionRows.setPadding(false);
        rule.getConditions().forEach(this::addRow);
        if (conditions.isEmpty()) {
            addRow(null);
        }
        conditionsError.addClassName("gw-overdue");
        conditionsError.setVisible(false);
        addCondition.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addCondition.addClickListener(e -> addRow(null));
        add(new FormLayout(name, colour, message, enabled), new H4("When all of these hold"), conditionRows,
                addCondition, conditionsError);
        save.addClickListener(e -> save(rules, rule, onSaved));
        confirmWith(save);
    }

    private void addRow(RuleCondition condition) {
        ConditionEditor[] row = new ConditionEditor[1];
        row[0] = new ConditionEditor(questions, condition, () -> {
            conditions.remove(row[0]);
            conditionRows.remove(row[0]);
        });
        conditions.add(row[0]);
        conditionRows.add(row[0]);
    }

    private void save(FlagRuleService rules, FlagRule rule, Runnable onSaved) {
        conditionsError.setVisible(false);
        if (!binder.writeBeanIfValid(rule)) {
            return;
        }
        saveAndClose(() -> {
            rule.setConditions(conditions.stream().map(ConditionEditor::value).toList());
            return rules.save(rule);
        }, this::show, saved -> "Saved the rule \"" + rule.getName() + "\".", saved -> onSaved.run());
    }

    /** A refused name goes on its field; any other refusal concerns the conditions. */
    private void show(RuleViolationException violation) {
        if ("name".equals(violation.getField())) {
            name.setErrorMessage(violation.getMessage());
            name.setInvalid(true);
        } else {
            conditionsError.setText(violation.getMessage());
            conditionsError.setVisible(true);
        }
    }
}
