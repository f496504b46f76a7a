package org.groundwork.visit.flag;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.groundwork.visit.interview.InterviewAnswer;

/**
 * Decides whether a rule holds for a visit. A condition over something unknown (an unanswered question, no
 * rating, no lease date) never holds: a flag should rest on what the business actually said or what is on record.
 */
final class RuleEvaluation {

    private RuleEvaluation() {
    }

    static boolean holds(FlagRule rule, VisitFacts facts) {
        return !rule.getConditions().isEmpty() && rule.getConditions().stream().allMatch(c -> holds(c, facts));
    }

    static boolean holds(RuleCondition condition, VisitFacts facts) {
        return switch (condition.getSubject()) {
            case ANSWER -> answerHolds(condition, facts.answers().get(condition.getQuestionKey()));
            case SATISFACTION -> numberHolds(condition.getComparison(), number(facts.satisfaction()),
                    condition.getOperand());
            case EMPLOYEES -> numberHolds(condition.getComparison(), number(facts.employees()),
                    condition.getOperand());
            case LEASE_EXPIRY -> facts.leaseExpiry() != null && parse(condition.getOperand()) != null
                    && !facts.leaseExpiry().isAfter(facts.today().plusMonths(parse(condition.getOperand())
                    .longValue()));
        };
    }

    private static boolean answerHolds(RuleCondition condition, InterviewAnswer answer) {
        if (answer == null || answer.values().isEmpty()) {
            return false;
        }
        List<String> values = answer.values().stream().map(RuleEvaluation::norm).toList();
        String operand = norm(condition.getOperand());
        return switch (condition.getComparison()) {
            case EQUALS -> equal(values, operand);
            case NOT_EQUALS -> !equal(values, operand);
            case LESS_THAN, AT_MOST, GREATER_THAN, AT_LEAST ->
                    numberHolds(condition.getComparison(), parse(values.getFirst()), condition.getOperand());
            case CONTAINS -> values.stream().anyMatch(v -> v.contains(operand));
            case ANY_OF -> Arrays.stream(condition.getOperand().split(";")).map(RuleEvaluation::norm)
                    .filter(o -> !o.isEmpty()).anyMatch(values::contains);
            case WITHIN_MONTHS -> false;
        };
    }

    /** Numbers compare as numbers ("18" equals "18.0"); everything else as trimmed, case-blind text. */
    private static boolean equal(List<String> values, String operand) {
        BigDecimal number = parse(operand);
        if (values.size() == 1 && number != null && parse(values.getFirst()) != null) {
            return parse(values.getFirst()).compareTo(number) == 0;
        }
        return values.size() == 1 && values.getFirst().equals(operand);
    }

    private static boolean numberHolds(Comparison comparison, BigDecimal actual, String operandText) {
        BigDecimal operand = parse(operandText);
        if (actual == null || operand == null) {
            return false;
        }
        int order = actual.compareTo(operand);
        return switch (comparison) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case LESS_THAN -> order < 0;
            case AT_MOST -> order <= 0;
            case GREATER_THAN -> order > 0;
            case AT_LEAST -> order >= 0;
            default -> false;
        };
    }

    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String norm(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
