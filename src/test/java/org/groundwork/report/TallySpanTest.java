package org.groundwork.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.groundwork.report.TallySpan.Cell;
import org.junit.jupiter.api.Test;

class TallySpanTest {

    @Test
    void wholeYearsQuartersAndMonthsFromTheTallyAndTheEdgeDaysLive() {
        TallySpan span = TallySpan.of(new Period(LocalDate.of(2025, 12, 7), LocalDate.of(2026, 12, 6)), null);
        assertThat(span.tallied()).containsExactly(new Cell('Q', 2026 * 4), new Cell('Q', 2026 * 4 + 1),
                new Cell('Q', 2026 * 4 + 2), new Cell('M', 2026 * 12 + 9), new Cell('M', 2026 * 12 + 10));
        assertThat(span.live()).containsExactly(new Period(LocalDate.of(2025, 12, 7), LocalDate.of(2025, 12, 31)),
                new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 6)));
        assertThat(span.isOneCell()).isFalse();
    }

    @Test
    void withNothingRecordedAfterItsEndAYearToDateIsItsYear() {
        Period yearToDate = Period.yearToDate(LocalDate.of(2026, 12, 6));
        assertThat(TallySpan.of(yearToDate, LocalDate.of(2026, 12, 31)).tallied())
                .containsExactly(new Cell('Y', 2026));
        assertThat(TallySpan.of(yearToDate, LocalDate.of(2026, 12, 31)).isOneCell()).isTrue();
        TallySpan visitsLater = TallySpan.of(yearToDate, LocalDate.of(2026, 12, 9));
        assertThat(visitsLater.tallied()).hasSize(5);
        assertThat(visitsLater.live()).containsExactly(new Period(LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aQuarterIsOneCellAndAFewDaysAreAllLive() {
        assertThat(TallySpan.of(Period.quarter(2019, 2), null).tallied()).containsExactly(new Cell('Q', 2019 * 4 + 1));
        TallySpan days = TallySpan.of(new Period(LocalDate.of(2019, 5, 3), LocalDate.of(2019, 5, 9)), null);
        assertThat(days.tallied()).isEmpty();
        assertThat(days.condition()).isEqualTo("1 = 0");
        assertThat(days.live()).containsExactly(new Period(LocalDate.of(2019, 5, 3), LocalDate.of(2019, 5, 9)));
    }
}
