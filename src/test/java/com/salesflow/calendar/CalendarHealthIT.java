package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workingCalendar health component warns well before the calendar ends, on a clock moved to
 * days chosen in the last year of the unbroken run of known years (tyme4j's, and any year the
 * tests entered after it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarHealthIT {

  @LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void showsTheLastKnownDateWithoutAWarningWhileMonthsRemain() {
    int last = lastKnownYear();
    JsonNode calendar = calendarHealthOn(last + "-03-01T04:00:00Z");

    assertThat(calendar.path("status").asText()).isEqualTo("UP");
    assertThat(calendar.path("details").path("lastKnownDate").asText()).isEqualTo(last + "-12-31");
    assertThat(calendar.path("details").path("daysRemaining").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(last, 3, 1), LocalDate.of(last, 12, 31)));
    assertThat(calendar.path("details").has("warning")).isFalse();
  }

  @Test
  void warnsButStaysUpWhenFewerThanSixtyDaysRemain() {
    int last = lastKnownYear();
    JsonNode calendar = calendarHealthOn(last + "-12-04T04:00:00Z");

    assertThat(calendar.path("status").asText()).isEqualTo("UP");
    assertThat(calendar.path("details").path("daysRemaining").asLong()).isEqualTo(27);
    assertThat(calendar.path("details").path("warning").asText())
        .contains("enter the " + (last + 1));
  }

  @Test
  void reportsOutOfCalendarWhenTodayIsUnknownWhileTheApplicationStaysUp() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2035-06-01T04:00:00Z")));

    Reply health = ApiClient.as(port, "demo").get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    assertThat(health.body().path("components").path("workingCalendar").path("status").asText())
        .isEqualTo("OUT_OF_CALENDAR");
  }

  @Test
  void showsAnonymousCallersTheStatusOnly() {
    Reply health = ApiClient.anonymous(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().has("components")).isFalse();
  }

  /** The last year of the run of consecutive known years that starts with tyme4j's first. */
  private int lastKnownYear() {
    Set<Integer> years = new HashSet<>();
    ApiClient.as(port, "demo").get("/api/calendar/years").body()
        .forEach(year -> years.add(year.path("year").asInt()));
    int last = 2002;
    while (years.contains(last + 1)) {
      last++;
    }
    return last;
  }

  private JsonNode calendarHealthOn(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    Reply health = ApiClient.as(port, "demo").get("/actuator/health");
    return health.body().path("components").path("workingCalendar");
  }
}
