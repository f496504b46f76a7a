package org.groundwork.visit.interview;

import java.util.List;

/**
 * One answered interview question as other parts of the app see it. {@code questionKey} is stable across template
 * versions (e.g. {@code relocation_plans}), so rules keep working when a template changes. Values are text:
 * {@code yes}/{@code no}, {@code 1}..{@code 5}, a plain decimal number, the chosen option(s) as written in the
 * template, or free text. Unanswered questions have no values.
 */
public record InterviewAnswer(String questionKey, String questionText, AnswerType type, List<String> values) {

    public InterviewAnswer {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The single value, or null when unanswered; for multiple choice, the options joined by "; ". */
    public String value() {
        return values.isEmpty() ? null : String.join("; ", values);
    }
}
