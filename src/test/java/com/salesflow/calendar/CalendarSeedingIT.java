package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Seeding from tyme4j on a database that already knows years: another start, a concurrent node,
 * and an administrator's edit of a seeded year. 2002 and 2003 are used because no other test
 * reads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarSeedingIT {

  @Autowired
  StatutoryHolidaySeeder seeder;

  @Autowired
  CalendarAdministration administration;

  @Autowired
  WorkingCalendar calendar;

  @Test
  void keepsAnAdministratorsEditOfASeededYearOnTheNextStart() {
    List<CalendarDay> edited = List.of(
        new CalendarDay(LocalDate.of(2002, 3, 8), DayKind.HOLIDAY, "公司假日"));
    administration.replace(2002, edited, null, "demo");

    seeder.run(null);

    YearArrangement after = administration.arrangement(2002);
    assertThat(after.source()).isEqualTo(CalendarYear.SOURCE_ADMIN);
    assertThat(after.days()).containsExactlyElementsOf(edited);
    assertThat(calendar.isWorkingDay(LocalDate.of(2002, 3, 8))).isFalse();
  }

  @Test
  void movesOnWhenAnotherNodeSeededTheYearMeanwhile() {
    YearArrangement before = administration.arrangement(2003);

    boolean inserted = seeder.seed(2003, StatutoryHolidays.years().get(2003));

    assertThat(inserted).isFalse();
    assertThat(administration.arrangement(2003)).isEqualTo(before);
  }
}
