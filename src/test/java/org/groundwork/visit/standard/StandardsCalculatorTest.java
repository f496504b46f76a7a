package org.groundwork.visit.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardsCalculatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void sharesAndMediansPerPersonAndOverall() {
        ServiceStandard acknowledge = standard("Acknowledge", 2, DayKind.BUSINESS);
        StandardsCalculator calculator = new StandardsCalculator(new BusinessCalendar(Set.of()), MONDAY.plusDays(14));
        List<StandardResult> results = calculator.results(acknowledge, List.of(
                new Timed("Ann", MONDAY, MONDAY),                    // 0 days, on time
                new Timed("Ann", MONDAY.plusDays(4), MONDAY.plusDays(7)), // Fri → Mon: 1 business day
                new Timed("Ann", MONDAY, MONDAY.plusDays(7)),        // 5 business days: late
                new Timed("Bo", MONDAY, MONDAY.plusDays(2)),         // 2: on time
                new Timed("Bo", MONDAY.plusDays(13), null),          // still pending: left out
                new Timed("Bo", MONDAY, null)));                     // unfinished and already late
        assertThat(results).containsExactly(
                new StandardResult("Acknowledge", "Ann", 3, 2, 1.0),
                new StandardResult("Acknowledge", "Bo", 2, 1, 2.0),
                new StandardResult("Acknowledge", StandardResult.EVERYONE, 5, 3, 1.5));
        assertThat(results.getLast().onTimeShare()).isEqualTo(0.6);
    }

    @Test
    void nothingMeasuredHasNoShareAndNoMedian() {
        StandardsCalculator calculator = new StandardsCalculator(new BusinessCalendar(Set.of()), MONDAY);
        StandardResult result = calculator.result(standard("Resolve", 30, DayKind.CALENDAR), "Ann", List.of(
                new Timed("Ann", MONDAY, null)));
        assertThat(result.measured()).isZero();
        assertThat(result.onTimeShare()).isNull();
        assertThat(result.medianDays()).isNull();
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(StandardsCalculator.median(List.of(5L, 1L, 3L))).isEqualTo(3.0);
        assertThat(StandardsCalculator.median(List.of(4L, 1L, 3L, 10L))).isEqualTo(3.5);
        assertThat(StandardsCalculator.median(List.of())).isNull();
    }

    private static ServiceStandard standard(String name, int days, DayKind kind) {
        ServiceStandard standard = new ServiceStandard();
        standard.setName(name);
        standard.setMeasure(Measure.FOLLOW_UP_ACKNOWLEDGED);
        standard.setDays(days);
        standard.setDayKind(kind);
        return standard;
    }
}
