package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How far the known years reach, and when an operator is told to enter the next one. */
class CalendarHorizonTest {

  @Test
  void reachesToTheEndOfTheUnbrokenRunOfKnownYears() {
    CalendarHorizon horizon =
        CalendarHorizon.of(Set.of(2025, 2026, 2031), LocalDate.of(2026, 3, 1));

    assertThat(horizon.lastKnownDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(horizon.daysRemaining()).isEqualTo(305);
    assertThat(horizon.endsWithin(60)).isFalse();
  }

  @Test
  void warnsOnceFewerDaysRemainThanAskedAndNamesTheYearToEnter() {
    CalendarHorizon horizon = CalendarHorizon.of(Set.of(2026), LocalDate.of(2026, 12, 4));

    assertThat(horizon.daysRemaining()).isEqualTo(27);
    assertThat(horizon.endsWithin(60)).isTrue();
    assertThat(horizon.warning()).contains("2026-12-31").contains("enter the 2027");
  }

  @Test
  void knowsNothingAheadWhenTodaysYearIsUnknown() {
    CalendarHorizon horizon = CalendarHorizon.of(Set.of(2025), LocalDate.of(2027, 1, 5));

    assertThat(horizon.coversToday()).isFalse();
    assertThat(horizon.endsWithin(60)).isTrue();
    assertThat(horizon.warning()).contains("2027-01-05").contains("enter the 2027");
  }
}
