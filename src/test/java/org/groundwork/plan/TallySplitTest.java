package org.groundwork.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How a period splits into tally periods and live days, worked out by hand. */
class TallySplitTest {

    @Test
    void aYearQuarterOrMonthIsOneTallyPeriod() {
        assertThat(TallySplit.of(DatePeriod.year(2025)).whole()).extracting(TallySplit.Part::kind,
                TallySplit.Part::index).containsExactly(org.assertj.core.groups.Tuple.tuple('Y', 2025));
        assertThat(TallySplit.of(DatePeriod.quarterOf(LocalDate.of(2025, 8, 1))).whole()).singleElement()
                .satisfies(p -> assertThat(p.index()).isEqualTo(2025 * 4 + 2));
        assertThat(TallySplit.of(new DatePeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).whole())
                .singleElement().satisfies(p -> assertThat(p.index()).isEqualTo(2024 * 12 + 1));
        assertThat(TallySplit.of(DatePeriod.year(2025)).isOneTallyPeriod()).isTrue();
    }

    @Test
    void aCustomPeriodIsLargestPartsFirstWithLiveDaysAtItsEnds() {
        TallySplit split = TallySplit.of(new DatePeriod(LocalDate.of(2024, 1, 20), LocalDate.of(2025, 5, 10)));

        assertThat(split.whole()).extracting(p -> p.kind() + "" + p.days().from()).containsExactly("M2024-02-01",
                "M2024-03-01", "Q2024-04-01", "Q2024-07-01", "Q2024-10-01", "Q2025-01-01", "M2025-04-01");
        assertThat(split.live()).containsExactly(new DatePeriod(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 1, 31)),
                new DatePeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10)));
        assertThat(split.isOneTallyPeriod()).isFalse();
        assertThat(split.finestKind()).isEqualTo('M');
        assertThat(split.finestRange()).containsExactly(2024 * 12 + 1, 2025 * 12 + 3);
    }

    @Test
    void wholeYearsAndQuartersNeedOnlyQuarterRowsForTheirReach() {
        TallySplit split = TallySplit.of(new DatePeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)));

        assertThat(split.whole()).extracting(TallySplit.Part::kind).containsExactly('Y', 'Q', 'Q');
        assertThat(split.live()).isEmpty();
        assertThat(split.finestKind()).isEqualTo('Q');
        assertThat(split.finestRange()).containsExactly(2023 * 4, 2024 * 4 + 1);
    }

    @Test
    void daysWithinOneMonthAreAllLive() {
        DatePeriod days = new DatePeriod(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14));

        assertThat(TallySplit.of(days).whole()).isEmpty();
        assertThat(TallySplit.of(days).live()).containsExactly(days);
    }
}
