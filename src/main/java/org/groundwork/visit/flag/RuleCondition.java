package org.groundwork.visit.flag;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.groundwork.visit.interview.AnswerType;

/**
 * One test of a flag rule. For answers it names the question by its stable key and remembers the question's
 * type, so the rule stays valid when the questionnaire gets a new version.
 */
@Embeddable
public class RuleCondition {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConditionSubject subject;

    @Column(name = "question_key", length = 100)
    private String questionKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", length = 20)
    private AnswerType answerType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Comparison comparison;

    @Column(nullable = false, length = 500)
    private String operand;

    protected RuleCondition() {
    }

    public RuleCondition(ConditionSubject subject, String questionKey, AnswerType answerType, Comparison comparison,
                         String operand) {
        this.subject = subject;
        this.questionKey = subject == ConditionSubject.ANSWER ? questionKey : null;
        this.answerType = subject == ConditionSubject.ANSWER ? answerType : null;
        this.comparison = comparison;
        this.operand = operand == null ? null : operand.trim();
    }

    public static RuleCondition answer(String questionKey, AnswerType type, Comparison comparison, String operand) {
        return new RuleCondition(ConditionSubject.ANSWER, questionKey, type, comparison, operand);
    }

    public ConditionSubject getSubject() {
        return subject;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public String getOperand() {
        return operand;
    }

    /** Reads like a sentence: "relocation_plans is yes", "Satisfaction rating (1–5) is at most 2". */
    public String describe() {
        String what = subject == ConditionSubject.ANSWER ? questionKey : subject.label();
        return what + " " + comparison.label().replace(" (separate with ;)", "").replace(" (months)", "") + " "
                + operand + (comparison == Comparison.WITHIN_MONTHS ? " months" : "");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleCondition that && subject == that.subject
                && Objects.equals(questionKey, that.questionKey) && answerType == that.answerType
                && comparison == that.comparison && Objects.equals(operand, that.operand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, questionKey, answerType, comparison, operand);
    }
}
