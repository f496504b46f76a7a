package org.groundwork.visit.interview;

import java.util.List;

/** A question of the current interview template, for pickers such as the flag rule editor. */
public record QuestionRef(String key, String text, AnswerType type, List<String> choices) {
}
