package org.groundwork.visit.interview;

import lombok.RequiredArgsConstructor;

/** The kinds of interview question; each stores its answer as text values (see {@link InterviewAnswer}). */
@RequiredArgsConstructor
public enum AnswerType {
    YES_NO("Yes or no"),
    SCALE("Scale 1 to 5"),
    NUMBER("Number"),
    SINGLE_CHOICE("One choice"),
    MULTIPLE_CHOICE("Several choices"),
    TEXT("Text");

    private final String label;

    public String label() {
        return label;
    }
}
