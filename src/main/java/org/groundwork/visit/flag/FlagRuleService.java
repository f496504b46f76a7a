package org.groundwork.visit.flag;

import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.UniqueNames;
import org.groundwork.visit.interview.QuestionCatalog;
import org.groundwork.visit.interview.QuestionRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The flag rules: everyone inside the EDO may read them, only admins change them. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class FlagRuleService {

    private final FlagRuleRepository rules;
    private final FlagRepository flags;
    private final ObjectProvider<QuestionCatalog> catalog;

    @Transactional(readOnly = true)
    public List<FlagRule> list(Pageable pageable) {
        return rules.findAll(pageable).getContent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return rules.count();
    }

    @Transactional(readOnly = true)
    public FlagRule get(Long id) {
        return rules.findById(id).orElseThrow(() -> new RuleViolationException("That rule no longer exists."));
    }

    /** The questions of the questionnaire now in use, for picking what a condition looks at. */
    @Transactional(readOnly = true)
    public List<QuestionRef> questions() {
        QuestionCatalog questions = catalog.getIfAvailable();
        return questions == null ? List.of() : questions.currentQuestions();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public FlagRule save(FlagRule rule) {
        UniqueNames.require(rules.findByNameIgnoreCase(rule.getName() == null ? "" : rule.getName()), rule, "a rule",
                FlagRule::getName);
        if (rule.getConditions().isEmpty()) {
            throw new RuleViolationException("conditions", "Add at least one condition.");
        }
        rule.getConditions().forEach(FlagRuleService::check);
        if (!rule.isNew()) {
            get(rule.getId()).requireVersion(rule.getVersion());
        }
        return rules.saveAndFlush(rule);
    }

    /** Deletes a rule that never raised a flag; one that did is kept (its flags name it) and can be switched off. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void delete(Long id) {
        if (flags.existsByRuleId(id)) {
            throw new RuleViolationException("Flags were raised by this rule, so it is kept for the record. "
                    + "Switch it off instead.");
        }
        rules.deleteById(id);
    }

    private static void check(RuleCondition condition) {
        if (condition.getSubject() == null || condition.getComparison() == null) {
            throw new RuleViolationException("conditions", "Complete every condition: what it looks at and how "
                    + "it compares.");
        }
        if (condition.getSubject() == ConditionSubject.ANSWER && condition.getQuestionKey() == null) {
            throw new RuleViolationException("conditions", "Choose the question each answer condition looks at.");
        }
        if (!Comparison.fitting(condition.getSubject(), condition.getAnswerType())
                .contains(condition.getComparison())) {
            throw new RuleViolationException("conditions", "\"" + condition.getComparison().label()
                    + "\" doesn't fit " + what(condition) + ".");
        }
        if (condition.getOperand() == null || condition.getOperand().isBlank()) {
            throw new RuleViolationException("conditions", "Enter the value each condition compares with.");
        }
        boolean numeric = condition.getComparison().isNumeric() || condition.getComparison() == Comparison.WITHIN_MONTHS
                || condition.getSubject() != ConditionSubject.ANSWER;
        BigDecimal number = RuleEvaluation.parse(condition.getOperand());
        if (numeric && number == null) {
            throw new RuleViolationException("conditions", "Enter a number to compare " + what(condition)
                    + " with.");
        }
    }

    private static String what(RuleCondition condition) {
        if (condition.getSubject() == ConditionSubject.ANSWER) {
            return condition.getAnswerType() == null ? "that question"
                    : "a \"" + condition.getAnswerType().label().toLowerCase() + "\" question";
        }
        return "the " + condition.getSubject().label().toLowerCase();
    }
}
