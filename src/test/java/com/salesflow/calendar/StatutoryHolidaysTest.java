package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What tyme4j carries: the State Council's arrangements, read into our exceptional days. */
class StatutoryHolidaysTest {

  private static final Map<Integer, List<CalendarDay>> YEARS = StatutoryHolidays.years();

  @Test
  void carriesEveryYearFrom2002Through2026() {
    assertThat(YEARS.keySet()).contains(2002, 2025, 2026).doesNotContain(2001, 2027);
    assertThat(YEARS).hasSize(2026 - 2002 + 1);
  }

  @Test
  void readsHolidaysAndMakeUpWorkingDaysOf2025() {
    assertThat(YEARS.get(2025)).contains(
        new CalendarDay(LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, "国庆中秋"),
        new CalendarDay(LocalDate.of(2025, 10, 11), DayKind.WORKDAY, "国庆中秋补班"),
        new CalendarDay(LocalDate.of(2025, 1, 26), DayKind.WORKDAY, "春节补班"));
    assertThat(YEARS.get(2025)).extracting(CalendarDay::date).allMatch(d -> d.getYear() == 2025);
  }

  @Test
  void leavesOutWorkingDayMarksOnOrdinaryWeekdays() {
    assertThat(YEARS.values()).allSatisfy(days -> assertThat(days)
        .filteredOn(day -> day.kind() == DayKind.WORKDAY)
        .allMatch(day -> CalendarYearDays.isWeekend(day.date())));
    assertThat(YEARS.get(2012)).extracting(CalendarDay::date)
        .doesNotContain(LocalDate.of(2012, 5, 2), LocalDate.of(2012, 10, 8));
  }
}
