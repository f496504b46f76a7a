package org.groundwork.visit.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.groundwork.visit.tally.TallyPeriods.Days;
import org.groundwork.visit.tally.TallyPeriods.Part;
import org.junit.jupiter.api.Test;

/** How a period splits into tally periods and live days, worked out by hand. */
class TallyPeriodsTest {

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void aYearQuarterOrMonthIsOneTallyPeriod() {
        assertThat(TallyPeriods.of(day(2025, 1, 1), day(2025, 12, 31)).whole()).extracting(Part::kind, Part::index)
                .containsExactly(tuple('Y', 2025));
        assertThat(TallyPeriods.of(day(2025, 7, 1), day(2025, 9, 30)).whole()).singleElement()
                .satisfies(p -> assertThat(p.index()).isEqualTo(2025 * 4 + 2));
        assertThat(TallyPeriods.of(day(2024, 2, 1), day(2024, 2, 29)).whole()).singleElement()
                .satisfies(p -> assertThat(p.index()).isEqualTo(2024 * 12 + 1));
        assertThat(TallyPeriods.of(day(2025, 1, 1), day(2025, 12, 31)).isOneTallyPeriod()).isTrue();
    }

    @Test
    void aPartKnowsItsDays() {
        assertThat(new Part('M', 2024 * 12 + 1).to()).isEqualTo(day(2024, 2, 29));
        assertThat(new Part('Q', 2025 * 4 + 3).from()).isEqualTo(day(2025, 10, 1));
        assertThat(new Part('Y', 2025).to()).isEqualTo(day(2025, 12, 31));
    }

    @Test
    void aCustomPeriodIsLargestPartsFirstWithLiveDaysAtItsEnds() {
        TallyPeriods split = TallyPeriods.of(day(2024, 1, 20), day(2025, 5, 10));

        assertThat(split.whole()).extracting(p -> p.kind() + "" + p.from()).containsExactly("M2024-02-01",
                "M2024-03-01", "Q2024-04-01", "Q2024-07-01", "Q2024-10-01", "Q2025-01-01", "M2025-04-01");
        assertThat(split.live()).containsExactly(new Days(day(2024, 1, 20), day(2024, 1, 31)),
                new Days(day(2025, 5, 1), day(2025, 5, 10)));
        assertThat(split.isOneTallyPeriod()).isFalse();
        assertThat(split.finestKind()).isEqualTo('M');
        assertThat(split.finestRange()).containsExactly(2024 * 12 + 1, 2025 * 12 + 3);
    }

    @Test
    void wholeYearsAndQuartersNeedOnlyQuarterRowsForTheirReach() {
        TallyPeriods split = TallyPeriods.of(day(2023, 1, 1), day(2024, 6, 30));

        assertThat(split.whole()).extracting(Part::kind).containsExactly('Y', 'Q', 'Q');
        assertThat(split.live()).isEmpty();
        assertThat(split.finestKind()).isEqualTo('Q');
        assertThat(split.finestRange()).containsExactly(2023 * 4, 2024 * 4 + 1);
        assertThat(split.condition("t.")).isEqualTo("((t.period_kind = 'Q' AND t.period_index IN (8096, 8097))"
                + " OR (t.period_kind = 'Y' AND t.period_index IN (2023)))");
    }

    @Test
    void daysWithinOneMonthAreAllLiveAndChooseNoRows() {
        TallyPeriods days = TallyPeriods.of(day(2019, 5, 3), day(2019, 5, 9));

        assertThat(days.whole()).isEmpty();
        assertThat(days.condition("t.")).isEqualTo("1 = 0");
        assertThat(days.live()).containsExactly(new Days(day(2019, 5, 3), day(2019, 5, 9)));
    }

    @Test
    void aYearEndingMidDecemberIsQuartersAndMonthsWithBothEdgesLive() {
        TallyPeriods span = TallyPeriods.of(day(2025, 12, 7), day(2026, 12, 6));

        assertThat(span.whole()).containsExactly(new Part('Q', 2026 * 4), new Part('Q', 2026 * 4 + 1),
                new Part('Q', 2026 * 4 + 2), new Part('M', 2026 * 12 + 9), new Part('M', 2026 * 12 + 10));
        assertThat(span.live()).containsExactly(new Days(day(2025, 12, 7), day(2025, 12, 31)),
                new Days(day(2026, 12, 1), day(2026, 12, 6)));
    }

    @Test
    void withNothingRecordedAfterItsEndAYearToDateIsItsYear() {
        LocalDate from = day(2026, 1, 1);
        LocalDate today = day(2026, 12, 6);
        assertThat(TallyPeriods.of(from, today, day(2026, 12, 31)).whole()).containsExactly(new Part('Y', 2026));
        assertThat(TallyPeriods.of(from, today, day(2026, 12, 31)).isOneTallyPeriod()).isTrue();
        TallyPeriods visitsLater = TallyPeriods.of(from, today, day(2026, 12, 9));
        assertThat(visitsLater.whole()).hasSize(5);
        assertThat(visitsLater.live()).containsExactly(new Days(day(2026, 12, 1), today));
    }

    @Test
    void allLiveIsTheWholePeriodAndNoTallyPeriod() {
        TallyPeriods split = TallyPeriods.allLive(day(2025, 1, 1), day(2025, 12, 31));

        assertThat(split.whole()).isEmpty();
        assertThat(split.live()).containsExactly(new Days(day(2025, 1, 1), day(2025, 12, 31)));
        assertThat(split.isOneTallyPeriod()).isFalse();
    }
}
