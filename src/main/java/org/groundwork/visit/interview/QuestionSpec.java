package org.groundwork.visit.interview;

import java.util.List;

/** A question as the template editor and the standard questionnaire describe it, before it is stored. */
public record QuestionSpec(String key, String text, String helpText, AnswerType type, boolean required,
                           List<String> choices) {

    public QuestionSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasChoices() {
        return type == AnswerType.SINGLE_CHOICE || type == AnswerType.MULTIPLE_CHOICE;
    }
}
