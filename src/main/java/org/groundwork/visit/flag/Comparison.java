package org.groundwork.visit.flag;

import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.visit.interview.AnswerType;

/** How a condition compares what it looks at with the rule's value; which ones fit depends on the answer type. */
@RequiredArgsConstructor
public enum Comparison {
    EQUALS("is"),
    NOT_EQUALS("is not"),
    LESS_THAN("is less than"),
    AT_MOST("is at most"),
    GREATER_THAN("is more than"),
    AT_LEAST("is at least"),
    CONTAINS("contains"),
    ANY_OF("is any of (separate with ;)"),
    WITHIN_MONTHS("ends within (months)");

    private static final Set<Comparison> NUMERIC = EnumSet.of(EQUALS, NOT_EQUALS, LESS_THAN, AT_MOST,
            GREATER_THAN, AT_LEAST);

    private final String label;

    public String label() {
        return label;
    }

    public boolean isNumeric() {
        return this == LESS_THAN || this == AT_MOST || this == GREATER_THAN || this == AT_LEAST;
    }

    /** The comparisons that make sense for a subject (and, for answers, the question's type). */
    public static Set<Comparison> fitting(ConditionSubject subject, AnswerType type) {
        return switch (subject) {
            case SATISFACTION, EMPLOYEES -> NUMERIC;
            case LEASE_EXPIRY -> EnumSet.of(WITHIN_MONTHS);
            case ANSWER -> type == null ? EnumSet.noneOf(Comparison.class) : switch (type) {
                case YES_NO -> EnumSet.of(EQUALS, NOT_EQUALS);
                case SCALE, NUMBER -> NUMERIC;
                case SINGLE_CHOICE -> EnumSet.of(EQUALS, NOT_EQUALS, ANY_OF);
                case MULTIPLE_CHOICE -> EnumSet.of(CONTAINS, ANY_OF);
                case TEXT -> EnumSet.of(CONTAINS, EQUALS, NOT_EQUALS);
            };
        };
    }
}
