package org.groundwork.visit.flag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.visit.flag.Comparison;
import org.groundwork.visit.flag.ConditionSubject;
import org.groundwork.visit.flag.FlagColour;
import org.groundwork.visit.flag.FlagRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlagRulesViewTest extends ViewTestBase {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private FlagRulesView view;

    @BeforeEach
    void openAsAdmin() {
        signIn("flag-rules-admin-" + suffix, Role.ADMIN);
        view = navigate(FlagRulesView.class);
    }

    @Test
    void theDefaultRulesAreListedWithTheirConditions() {
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(10);
        boolean found = false;
        for (int row = 0; row < test(view.grid).size(); row++) {
            FlagRule rule = test(view.grid).getRow(row);
            if (rule.getName().equals("Retiring without a succession plan")) {
                found = true;
                assertThat(rule.describeConditions()).isEqualTo("owner_retiring_5y is yes and succession_plan is no");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void anAdminAddsARuleOverTheSatisfactionRating() {
        FlagRuleEditor editor = openNew();
        test(editor.name).setValue("Very unhappy " + suffix);
        test(editor.colour).selectItem(FlagColour.RED.label());
        test(editor.message).setValue("Very unhappy with our service");
        ConditionEditor condition = editor.conditions.getFirst();
        test(condition.subject).selectItem(ConditionSubject.SATISFACTION.label());
        assertThat(condition.question.isVisible()).isFalse();
        test(condition.comparison).selectItem(Comparison.AT_MOST.label());
        test(condition.operand).setValue("1");
        test(editor.save).click();
        assertThat(notifications()).contains("Saved the rule \"Very unhappy " + suffix + "\".");
        assertThat(editor.isOpened()).isFalse();
    }

    @Test
    void aConditionThatMakesNoSenseIsExplainedAndTheDialogKeepsTheInput() {
        FlagRuleEditor editor = openNew();
        test(editor.name).setValue("Big employer " + suffix);
        test(editor.message).setValue("Large employer");
        ConditionEditor condition = editor.conditions.getFirst();
        test(condition.subject).selectItem(ConditionSubject.EMPLOYEES.label());
        test(condition.comparison).selectItem(Comparison.AT_LEAST.label());
        test(condition.operand).setValue("lots");
        test(editor.save).click();
        assertThat(editor.conditionsError.isVisible()).isTrue();
        assertThat(editor.conditionsError.getText()).contains("Enter a number");
        assertThat(editor.isOpened()).isTrue();
        assertThat(condition.operand.getValue()).isEqualTo("lots");
    }

    private FlagRuleEditor openNew() {
        test(view.newRule).click();
        return (FlagRuleEditor) $(Dialog.class).single();
    }
}
