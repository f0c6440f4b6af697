package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salesflow.calendar.ArrangementInput.DayInput;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an administrator may enter for a year, and how each mistake is named. */
class ArrangementInputTest {

  @Test
  void acceptsHolidaysOnAnyDayAndMakeUpWorkingDaysOnWeekendsSortedByDate() {
    List<CalendarDay> days = new ArrangementInput(List.of(
        new DayInput("2031-10-04", "HOLIDAY", " 国庆节 "),
        new DayInput("2031-10-01", "HOLIDAY", "国庆节"),
        new DayInput("2031-09-28", "WORKDAY", "国庆节补班"))).validatedFor(2031);

    assertThat(days).extracting(CalendarDay::date).containsExactly(LocalDate.of(2031, 9, 28),
        LocalDate.of(2031, 10, 1), LocalDate.of(2031, 10, 4));
    assertThat(days.get(2).name()).isEqualTo("国庆节");
  }

  @Test
  void namesEveryFaultyFieldAtOnce() {
    InvalidInputException refused = refuse(2031, Arrays.asList(
        new DayInput("2030-10-01", "HOLIDAY", "国庆节"),
        new DayInput("2031-10-01", "HOLIDAY", "国庆节"),
        new DayInput("2031-10-01", "HOLIDAY", "国庆节"),
        new DayInput("2031-10-02", "HOLIDAY", " "),
        new DayInput("2031-10-03", "VACATION", "国庆节"),
        new DayInput("2031-10-08", "WORKDAY", "国庆节补班"),
        new DayInput("1 October", "HOLIDAY", "国庆节"),
        null));

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly(
        "days[0].date", "days[2].date", "days[3].name", "days[4].kind", "days[5].kind",
        "days[6].date", "days[7]");
  }

  @Test
  void requiresTheListOfDays() {
    assertThat(refuse(2031, null).errors()).extracting(FieldError::field).containsExactly("days");
  }

  private static InvalidInputException refuse(int year, List<DayInput> days) {
    return catchThrowableOfType(InvalidInputException.class,
        () -> new ArrangementInput(days).validatedFor(year));
  }
}
