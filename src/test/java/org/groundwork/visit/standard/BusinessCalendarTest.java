package org.groundwork.visit.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    // November 2026: the 20th is a Friday, the 26th (Thanksgiving) a Thursday.
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate THANKSGIVING = LocalDate.of(2026, 11, 26);
    private final BusinessCalendar plain = new BusinessCalendar(Set.of());
    private final BusinessCalendar withHoliday = new BusinessCalendar(Set.of(THANKSGIVING));

    @Test
    void weekendsAreSkipped() {
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY)).isZero();
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY.plusDays(1))).isZero();
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY.plusDays(2))).isZero();
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY.plusDays(3))).isEqualTo(1);
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY.plusDays(7))).isEqualTo(5);
        assertThat(plain.businessDaysBetween(FRIDAY.plusDays(1), FRIDAY.plusDays(3))).isEqualTo(1);
        assertThat(plain.businessDaysBetween(FRIDAY, FRIDAY.minusDays(5))).isZero();
    }

    @Test
    void longSpansMatchCountingDayByDay() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int span = 0; span < 400; span += 13) {
            LocalDate end = start.plusDays(span);
            long slow = start.datesUntil(end.plusDays(1)).filter(d -> d.isAfter(start))
                    .filter(withHoliday::isBusinessDay).count();
            assertThat(withHoliday.businessDaysBetween(start, end)).as("span %d", span).isEqualTo(slow);
        }
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        LocalDate wednesday = THANKSGIVING.minusDays(1);
        assertThat(plain.businessDaysBetween(wednesday, wednesday.plusDays(2))).isEqualTo(2);
        assertThat(withHoliday.businessDaysBetween(wednesday, wednesday.plusDays(2))).isEqualTo(1);
        assertThat(withHoliday.businessDaysBetween(FRIDAY, FRIDAY.plusDays(14))).isEqualTo(9);
        assertThat(withHoliday.isBusinessDay(THANKSGIVING)).isFalse();
    }

    @Test
    void addingBusinessDaysLandsOnTheLastDayThatIsOnTime() {
        assertThat(plain.addBusinessDays(FRIDAY, 2)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(withHoliday.addBusinessDays(THANKSGIVING.minusDays(1), 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(plain.addBusinessDays(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void calendarDaysCountEveryDay() {
        assertThat(plain.daysBetween(DayKind.CALENDAR, FRIDAY, FRIDAY.plusDays(3))).isEqualTo(3);
        assertThat(plain.daysBetween(DayKind.BUSINESS, FRIDAY, FRIDAY.plusDays(3))).isEqualTo(1);
        assertThat(plain.daysBetween(DayKind.CALENDAR, FRIDAY, FRIDAY.minusDays(1))).isZero();
    }
}
