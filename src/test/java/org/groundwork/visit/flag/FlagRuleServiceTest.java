package org.groundwork.visit.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.visit.interview.AnswerType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
@SignedInAs(username = "flag-rule-admin", roles = Role.ADMIN)
class FlagRuleServiceTest {

    @Autowired
    FlagRuleService rules;
    @Autowired
    TestAccounts accounts;

    private final String name = "Rule " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theDefaultRulesOfTheContractAreSeeded() {
        assertThat(rules.list(PageRequest.of(0, 50))).extracting(FlagRule::getMessage).contains(
                "Considering relocating out of the area", "Risk of closing", "Layoffs planned",
                "Owner retiring without a succession plan", "Lease ends within 6 months",
                "Lease ends within 18 months", "Sales declining", "Unhappy with our service",
                "Struggling to find workers");
    }

    @Test
    void anAdminSavesARuleWithSeveralConditions() {
        FlagRule rule = rule(RuleCondition.answer("expansion_plans", AnswerType.YES_NO, Comparison.EQUALS, "yes"),
                new RuleCondition(ConditionSubject.EMPLOYEES, null, null, Comparison.AT_LEAST, "50"));
        FlagRule saved = rules.save(rule);
        assertThat(rules.get(saved.getId()).describeConditions())
                .isEqualTo("expansion_plans is yes and Employees on the business record is at least 50");
    }

    @Test
    void comparisonsThatDoNotFitTheQuestionAreRefused() {
        assertThatThrownBy(() -> rules.save(rule(RuleCondition.answer("relocation_plans", AnswerType.YES_NO,
                Comparison.AT_MOST, "2")))).isInstanceOf(RuleViolationException.class)
                .hasMessage("\"is at most\" doesn't fit a \"yes or no\" question.");
        assertThatThrownBy(() -> rules.save(rule(RuleCondition.answer("employees_now", AnswerType.NUMBER,
                Comparison.AT_LEAST, "many")))).hasMessageContaining("Enter a number");
        assertThatThrownBy(() -> rules.save(rule(new RuleCondition(ConditionSubject.LEASE_EXPIRY, null, null,
                Comparison.EQUALS, "6")))).hasMessageContaining("doesn't fit");
        assertThatThrownBy(() -> rules.save(rule())).hasMessage("Add at least one condition.");
        assertThatThrownBy(() -> rules.save(rule(RuleCondition.answer(null, null, Comparison.EQUALS, "yes"))))
                .hasMessageContaining("Choose the question");
    }

    @Test
    void namesAreUniqueAndStaleEditsAreRefused() {
        FlagRule saved = rules.save(rule(new RuleCondition(ConditionSubject.SATISFACTION, null, null,
                Comparison.AT_MOST, "1")));
        FlagRule twin = rule(new RuleCondition(ConditionSubject.SATISFACTION, null, null, Comparison.AT_MOST, "1"));
        assertThatThrownBy(() -> rules.save(twin)).hasMessageContaining("already a rule");
        FlagRule mine = rules.get(saved.getId());
        FlagRule theirs = rules.get(saved.getId());
        theirs.setEnabled(false);
        rules.save(theirs);
        mine.setMessage("Mine");
        assertThatThrownBy(() -> rules.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void staffReadRulesButOnlyAdminsChangeThem() {
        accounts.signIn("flag-rule-staff", Role.STAFF);
        assertThat(rules.count()).isPositive();
        assertThatThrownBy(() -> rules.save(rule(new RuleCondition(ConditionSubject.SATISFACTION, null, null,
                Comparison.AT_MOST, "1")))).isInstanceOf(AccessDeniedException.class);
    }

    private FlagRule rule(RuleCondition... conditions) {
        FlagRule rule = new FlagRule();
        rule.setName(name);
        rule.setColour(FlagColour.YELLOW);
        rule.setMessage("Something to watch");
        rule.setConditions(List.of(conditions));
        return rule;
    }
}
