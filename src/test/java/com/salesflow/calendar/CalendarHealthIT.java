package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workingCalendar health component warns well before the calendar ends, on a clock moved to
 * chosen days; the tests enter no year between 2026 and 2031, so tyme4j's 2026 is the last one.
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
    JsonNode calendar = calendarHealthOn("2026-03-01T04:00:00Z");

    assertThat(calendar.path("status").asText()).isEqualTo("UP");
    assertThat(calendar.path("details").path("lastKnownDate").asText()).isEqualTo("2026-12-31");
    assertThat(calendar.path("details").path("daysRemaining").asLong()).isEqualTo(305);
    assertThat(calendar.path("details").has("warning")).isFalse();
  }

  @Test
  void warnsButStaysUpWhenFewerThanSixtyDaysRemain() {
    JsonNode calendar = calendarHealthOn("2026-12-04T04:00:00Z");

    assertThat(calendar.path("status").asText()).isEqualTo("UP");
    assertThat(calendar.path("details").path("daysRemaining").asLong()).isEqualTo(27);
    assertThat(calendar.path("details").path("warning").asText()).contains("enter the 2027");
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

  private JsonNode calendarHealthOn(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    Reply health = ApiClient.as(port, "demo").get("/actuator/health");
    return health.body().path("components").path("workingCalendar");
  }
}
