package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the 2025 arrangement around 国庆中秋, with 2026 unknown. */
class WorkingDaysTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final CalendarYearDays YEAR_2025 = new CalendarYearDays(2025, List.of(
      new CalendarDay(LocalDate.of(2025, 9, 28), DayKind.WORKDAY, "国庆中秋补班"),
      holiday(2025, 10, 1), holiday(2025, 10, 2), holiday(2025, 10, 3), holiday(2025, 10, 4),
      holiday(2025, 10, 5), holiday(2025, 10, 6), holiday(2025, 10, 7), holiday(2025, 10, 8),
      new CalendarDay(LocalDate.of(2025, 10, 11), DayKind.WORKDAY, "国庆中秋补班")));

  private final WorkingDays calendar = new WorkingDays(SHANGHAI,
      year -> year == 2025 ? Optional.of(YEAR_2025) : Optional.empty());

  @Test
  void carriesTheRestOfFridayOverTheWeekendToMonday() {
    assertThat(calendar.plus(at("2025-03-07T10:00"), 1)).isEqualTo(at("2025-03-10T10:00"));
  }

  @Test
  void startsCountingAtTheNextWorkingDayWhenStartedOnAWeekend() {
    assertThat(calendar.plus(at("2025-03-08T10:00"), 1)).isEqualTo(at("2025-03-11T00:00"));
  }

  @Test
  void skipsAWholeHolidayWeek() {
    assertThat(calendar.plus(at("2025-09-30T10:00"), 1)).isEqualTo(at("2025-10-09T10:00"));
    assertThat(calendar.plus(at("2025-10-01T12:00"), 2)).isEqualTo(at("2025-10-11T00:00"));
  }

  @Test
  void countsAMakeUpSaturdayAndSundayAsWorkingDays() {
    assertThat(calendar.plus(at("2025-10-10T10:00"), 1)).isEqualTo(at("2025-10-11T10:00"));
    assertThat(calendar.plus(at("2025-09-26T10:00"), 1)).isEqualTo(at("2025-09-28T10:00"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 12))).isFalse();
  }

  @Test
  void returnsTheStartUnchangedForZeroDaysEvenOnAHoliday() {
    assertThat(calendar.plus(at("2025-10-03T08:30"), 0)).isEqualTo(at("2025-10-03T08:30"));
  }

  @Test
  void countsDaysInTheCalendarZoneNotInUtc() {
    Instant saturdayMidnightInShanghai = Instant.parse("2025-03-07T16:00:00Z");

    assertThat(calendar.plus(saturdayMidnightInShanghai, 1)).isEqualTo(at("2025-03-11T00:00"));
  }

  @Test
  void measuresOnlyTheWorkingHoursAcrossAWeekend() {
    assertThat(calendar.between(at("2025-03-07T18:00"), at("2025-03-10T09:00")))
        .isEqualTo(Duration.ofHours(15));
    assertThat(calendar.between(at("2025-10-10T00:00"), at("2025-10-13T00:00")))
        .isEqualTo(Duration.ofHours(48));
    assertThat(calendar.between(at("2025-10-01T00:00"), at("2025-10-09T00:00")))
        .isZero();
  }

  @Test
  void measuresAnEmptyRangeAsZeroAndRefusesABackwardRange() {
    assertThat(calendar.between(at("2026-05-01T10:00"), at("2026-05-01T10:00"))).isZero();
    assertThatThrownBy(() -> calendar.between(at("2025-03-10T10:00"), at("2025-03-07T10:00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.plus(at("2025-03-10T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToGuessADayInAnUnknownYearAndNamesIt() {
    assertThatThrownBy(() -> calendar.plus(at("2025-12-31T10:00"), 1))
        .isInstanceOf(CalendarUnknownException.class)
        .hasMessageContaining("2026-01-01")
        .hasMessageContaining("administrator must enter the 2026");
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2026, 6, 1)))
        .isInstanceOf(CalendarUnknownException.class);
  }

  @Test
  void needsNoLaterYearWhenTheCountEndsExactlyAtItsStart() {
    assertThat(calendar.plus(at("2025-12-31T00:00"), 1)).isEqualTo(at("2026-01-01T00:00"));
    assertThat(calendar.between(at("2025-12-31T12:00"), at("2026-01-01T00:00")))
        .isEqualTo(Duration.ofHours(12));
  }

  private static Instant at(String shanghaiTime) {
    return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
  }

  private static CalendarDay holiday(int year, int month, int day) {
    return new CalendarDay(LocalDate.of(year, month, day), DayKind.HOLIDAY, "国庆中秋");
  }
}
