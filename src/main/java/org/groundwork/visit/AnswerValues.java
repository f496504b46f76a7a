package org.groundwork.visit;

import java.math.BigDecimal;
import java.util.List;
import org.groundwork.base.RuleViolationException;
import org.groundwork.visit.interview.TemplateQuestion;

/** Checks and normalizes an answer to the text form other features read (see {@link InterviewAnswer}). */
final class AnswerValues {

    private AnswerValues() {
    }

    static List<String> normalize(TemplateQuestion question, List<String> raw) {
        List<String> values = raw == null ? List.of()
                : raw.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
        if (values.isEmpty()) {
            return values;
        }
        return switch (question.getType()) {
            case YES_NO -> single(values, List.of("yes", "no"));
            case SCALE -> single(values, List.of("1", "2", "3", "4", "5"));
            case NUMBER -> List.of(number(values.getFirst()));
            case SINGLE_CHOICE -> single(values, question.getChoices());
            case MULTIPLE_CHOICE -> choices(values, question.getChoices());
            case TEXT -> text(values.getFirst());
        };
    }

    private static List<String> single(List<String> values, List<String> allowed) {
        if (values.size() != 1 || !allowed.contains(values.getFirst())) {
            throw new RuleViolationException("answer", "Choose one of: " + String.join(", ", allowed) + ".");
        }
        return values;
    }

    private static List<String> choices(List<String> values, List<String> allowed) {
        if (!allowed.containsAll(values)) {
            throw new RuleViolationException("answer", "Choose from: " + String.join(", ", allowed) + ".");
        }
        return allowed.stream().filter(values::contains).toList();
    }

    private static String number(String value) {
        try {
            return new BigDecimal(value.replace(",", "")).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            throw new RuleViolationException("answer", "Enter a number, such as 12 or 4.5.");
        }
    }

    private static List<String> text(String value) {
        if (value.length() > 3900) {
            throw new RuleViolationException("answer", "Keep the answer under 3,900 characters.");
        }
        return List.of(value);
    }
}
