package org.groundwork.visit.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.groundwork.visit.interview.AnswerType;
import org.groundwork.visit.interview.InterviewAnswer;
import org.junit.jupiter.api.Test;

class RuleEvaluationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void yesNoAnswersCompareCaseBlindAndUnansweredNeverHolds() {
        RuleCondition relocating = RuleCondition.answer("relocation_plans", AnswerType.YES_NO, Comparison.EQUALS, "yes");
        assertThat(holds(relocating, answer("relocation_plans", AnswerType.YES_NO, "Yes"))).isTrue();
        assertThat(holds(relocating, answer("relocation_plans", AnswerType.YES_NO, "no"))).isFalse();
        assertThat(holds(relocating, answer("relocation_plans", AnswerType.YES_NO))).isFalse();
        assertThat(holds(relocating, answer("other", AnswerType.YES_NO, "yes"))).isFalse();
        RuleCondition notNo = RuleCondition.answer("succession_plan", AnswerType.YES_NO, Comparison.NOT_EQUALS, "no");
        assertThat(holds(notNo, answer("succession_plan", AnswerType.YES_NO, "yes"))).isTrue();
        assertThat(holds(notNo, answer("succession_plan", AnswerType.YES_NO))).isFalse();
    }

    @Test
    void numbersAndScalesCompareAsNumbers() {
        assertThat(numeric(Comparison.AT_MOST, "18", "18")).isTrue();
        assertThat(numeric(Comparison.AT_MOST, "18", "18.5")).isFalse();
        assertThat(numeric(Comparison.LESS_THAN, "18", "18")).isFalse();
        assertThat(numeric(Comparison.LESS_THAN, "18", "6")).isTrue();
        assertThat(numeric(Comparison.AT_LEAST, "10", "10")).isTrue();
        assertThat(numeric(Comparison.GREATER_THAN, "10", "10")).isFalse();
        assertThat(numeric(Comparison.GREATER_THAN, "10", "1,200")).isTrue();
        assertThat(numeric(Comparison.EQUALS, "18", "18.0")).isTrue();
        assertThat(numeric(Comparison.NOT_EQUALS, "18", "17")).isTrue();
        assertThat(numeric(Comparison.AT_MOST, "18", "soon")).isFalse();
        RuleCondition scale = RuleCondition.answer("workforce_rating", AnswerType.SCALE, Comparison.AT_MOST, "2");
        assertThat(holds(scale, answer("workforce_rating", AnswerType.SCALE, "2"))).isTrue();
        assertThat(holds(scale, answer("workforce_rating", AnswerType.SCALE, "3"))).isFalse();
    }

    @Test
    void choicesMatchByEqualsAnyOfAndContains() {
        RuleCondition declining = RuleCondition.answer("sales_trend", AnswerType.SINGLE_CHOICE, Comparison.EQUALS,
                "Declining");
        assertThat(holds(declining, answer("sales_trend", AnswerType.SINGLE_CHOICE, "declining"))).isTrue();
        assertThat(holds(declining, answer("sales_trend", AnswerType.SINGLE_CHOICE, "Stable"))).isFalse();
        RuleCondition notGrowing = RuleCondition.answer("sales_trend", AnswerType.SINGLE_CHOICE, Comparison.ANY_OF,
                "Stable; Declining");
        assertThat(holds(notGrowing, answer("sales_trend", AnswerType.SINGLE_CHOICE, "Stable"))).isTrue();
        assertThat(holds(notGrowing, answer("sales_trend", AnswerType.SINGLE_CHOICE, "Growing"))).isFalse();
        RuleCondition broadband = RuleCondition.answer("barriers", AnswerType.MULTIPLE_CHOICE, Comparison.CONTAINS,
                "Broadband");
        assertThat(holds(broadband, answer("barriers", AnswerType.MULTIPLE_CHOICE, "Workforce", "Broadband")))
                .isTrue();
        RuleCondition people = RuleCondition.answer("barriers", AnswerType.MULTIPLE_CHOICE, Comparison.ANY_OF,
                "Housing;Childcare");
        assertThat(holds(people, answer("barriers", AnswerType.MULTIPLE_CHOICE, "Workforce", "Childcare"))).isTrue();
        assertThat(holds(people, answer("barriers", AnswerType.MULTIPLE_CHOICE, "Workforce", "Broadband"))).isFalse();
    }

    @Test
    void textContainsIgnoresCase() {
        RuleCondition layoffs = RuleCondition.answer("help_requested", AnswerType.TEXT, Comparison.CONTAINS, "layoff");
        assertThat(holds(layoffs, answer("help_requested", AnswerType.TEXT, "Possible LAYOFFS in spring"))).isTrue();
        assertThat(holds(layoffs, answer("help_requested", AnswerType.TEXT, "All fine"))).isFalse();
    }

    @Test
    void satisfactionEmployeesAndLeaseComeFromTheVisitAndTheBusiness() {
        RuleCondition unhappy = new RuleCondition(ConditionSubject.SATISFACTION, null, null, Comparison.AT_MOST, "2");
        assertThat(RuleEvaluation.holds(unhappy, facts(Map.of(), 2, null, null))).isTrue();
        assertThat(RuleEvaluation.holds(unhappy, facts(Map.of(), 4, null, null))).isFalse();
        assertThat(RuleEvaluation.holds(unhappy, facts(Map.of(), null, null, null))).isFalse();
        RuleCondition big = new RuleCondition(ConditionSubject.EMPLOYEES, null, null, Comparison.AT_LEAST, "100");
        assertThat(RuleEvaluation.holds(big, facts(Map.of(), null, null, 100))).isTrue();
        assertThat(RuleEvaluation.holds(big, facts(Map.of(), null, null, 99))).isFalse();
        RuleCondition lease = new RuleCondition(ConditionSubject.LEASE_EXPIRY, null, null, Comparison.WITHIN_MONTHS,
                "6");
        assertThat(RuleEvaluation.holds(lease, facts(Map.of(), null, TODAY.plusMonths(6), null))).isTrue();
        assertThat(RuleEvaluation.holds(lease, facts(Map.of(), null, TODAY.plusMonths(6).plusDays(1), null)))
                .isFalse();
        assertThat(RuleEvaluation.holds(lease, facts(Map.of(), null, TODAY.minusDays(3), null))).isTrue();
        assertThat(RuleEvaluation.holds(lease, facts(Map.of(), null, null, null))).isFalse();
    }

    @Test
    void aRuleHoldsOnlyWhenEveryConditionHolds() {
        FlagRule retiring = new FlagRule();
        retiring.setConditions(List.of(
                RuleCondition.answer("owner_retiring_5y", AnswerType.YES_NO, Comparison.EQUALS, "yes"),
                RuleCondition.answer("succession_plan", AnswerType.YES_NO, Comparison.EQUALS, "no")));
        assertThat(RuleEvaluation.holds(retiring, facts(Map.of(
                "owner_retiring_5y", answer("owner_retiring_5y", AnswerType.YES_NO, "yes"),
                "succession_plan", answer("succession_plan", AnswerType.YES_NO, "no")), null, null, null))).isTrue();
        assertThat(RuleEvaluation.holds(retiring, facts(Map.of(
                "owner_retiring_5y", answer("owner_retiring_5y", AnswerType.YES_NO, "yes"),
                "succession_plan", answer("succession_plan", AnswerType.YES_NO, "yes")), null, null, null))).isFalse();
        assertThat(RuleEvaluation.holds(new FlagRule(), facts(Map.of(), null, null, null))).isFalse();
    }

    private static boolean numeric(Comparison comparison, String operand, String value) {
        return holds(RuleCondition.answer("n", AnswerType.NUMBER, comparison, operand),
                answer("n", AnswerType.NUMBER, value));
    }

    private static boolean holds(RuleCondition condition, InterviewAnswer answer) {
        return RuleEvaluation.holds(condition, facts(Map.of(answer.questionKey(), answer), null, null, null));
    }

    private static InterviewAnswer answer(String key, AnswerType type, String... values) {
        return new InterviewAnswer(key, key, type, List.of(values));
    }

    private static VisitFacts facts(Map<String, InterviewAnswer> answers, Integer satisfaction, LocalDate lease,
                                    Integer employees) {
        return new VisitFacts(answers, satisfaction, lease, employees, TODAY);
    }
}
