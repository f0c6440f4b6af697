package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The working calendar over HTTP: the arrangement seeded from tyme4j, administrators entering a
 * year, and working-day questions. Each test that writes uses a far-future year of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarApiIT {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;

  ApiClient lilei;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
  }

  @Test
  void knowsTheStatutoryArrangementOf2025FromTyme4j() {
    Reply year = lilei.get("/api/calendar/2025");
    Reply years = lilei.get("/api/calendar/years");

    assertThat(year.status()).isEqualTo(200);
    assertThat(year.headers().getETag()).isEqualTo("\"" + year.text("version") + "\"");
    assertThat(year.text("source")).isEqualTo("tyme4j");
    assertThat(day(year, "2025-10-01").path("kind").asText()).isEqualTo("HOLIDAY");
    assertThat(day(year, "2025-10-01").path("name").asText()).isEqualTo("国庆中秋");
    assertThat(day(year, "2025-10-11").path("kind").asText()).isEqualTo("WORKDAY");
    assertThat(years.body().findValuesAsText("year")).contains("2002", "2025", "2026");
    assertThat(lilei.get("/api/calendar/1987").status()).isEqualTo(404);
  }

  @Test
  void countsTheMakeUpSaturdayAfterNationalDayAsAWorkingDay() {
    Reply friday = lilei.get("/api/calendar/working-days?from=2025-10-10T02:00:00Z&days=1");
    Reply goldenWeek = lilei.get(
        "/api/calendar/working-time?from=2025-09-30T16:00:00Z&to=2025-10-08T16:00:00Z");

    assertThat(friday.status()).isEqualTo(200);
    assertThat(friday.text("due")).isEqualTo("2025-10-11T02:00:00Z");
    assertThat(goldenWeek.text("workingTime")).isEqualTo("PT0S");
  }

  @Test
  void refusesAChangeByAUserOutsideCamundaAdmin() {
    Reply refused = put("lilei", 2045, arrangement(holiday("2045-01-01", "元旦")), null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(lilei.get("/api/calendar/2045").status()).isEqualTo(404);
  }

  @Test
  void refusesBadInputNamingEachFieldAndWritesNothing() {
    Reply entered = put("demo", 2040, arrangement(holiday("2040-05-01", "劳动节")), null);

    Reply refused = put("demo", 2040, arrangement(holiday("2040-05-02", "劳动节"),
        day("2040-05-07", "WORKDAY", "劳动节补班"), holiday("2039-12-31", "元旦"),
        day("2040-05-05", "VACATION", "劳动节"), holiday("2040-05-03", "")), null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(
        "days[1].kind", "days[2].date", "days[3].kind", "days[4].name");
    Reply after = lilei.get("/api/calendar/2040");
    assertThat(after.text("version")).isEqualTo(entered.text("version"));
    assertThat(after.body().path("days").findValuesAsText("date")).containsExactly("2040-05-01");
  }

  @Test
  void refusesAChangeMadeOnAStaleVersionSoAdministratorsDoNotOverwriteEachOther() {
    String etag = put("demo", 2041, arrangement(holiday("2041-01-01", "元旦")), null)
        .headers().getETag();

    Reply first = put("demo", 2041, arrangement(holiday("2041-01-02", "元旦")), etag);
    Reply second = put("demo", 2041, arrangement(holiday("2041-01-03", "元旦")), etag);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(409);
    assertThat(lilei.get("/api/calendar/2041").body().path("days").findValuesAsText("date"))
        .containsExactly("2041-01-02");
  }

  @Test
  void answersDatesInANewlyEnteredYearWhileTheYearAfterStaysUnknown() {
    String goldenWeek = "/api/calendar/working-days?from=2031-09-30T02:00:00Z&days=1";
    lilei.get(goldenWeek);

    Reply entered = put("demo", 2031, arrangement(day("2031-09-28", "WORKDAY", "国庆节补班"),
        holiday("2031-10-01", "国庆节"), holiday("2031-10-02", "国庆节"),
        holiday("2031-10-03", "国庆节")), null);
    Reply unknown = lilei.get("/api/calendar/working-days?from=2032-03-01T02:00:00Z&days=1");

    assertThat(entered.status()).isEqualTo(200);
    assertThat(entered.text("source")).isEqualTo("admin");
    assertThat(lilei.get(goldenWeek).text("due")).isEqualTo("2031-10-06T02:00:00Z");
    assertThat(lilei.get("/api/calendar/working-days?from=2031-09-26T02:00:00Z&days=1")
        .text("due")).isEqualTo("2031-09-28T02:00:00Z");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.text("detail")).contains("2032-03-01").contains("administrator");
    assertThat(unknown.text("date")).isEqualTo("2032-03-01");
  }

  @Test
  void refusesNegativeDaysAndABackwardRange() {
    Reply negative = lilei.get("/api/calendar/working-days?from=2025-10-10T02:00:00Z&days=-1");
    Reply backward = lilei.get(
        "/api/calendar/working-time?from=2025-10-10T02:00:00Z&to=2025-10-09T02:00:00Z");

    assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("days");
    assertThat(backward.body().path("errors").findValuesAsText("field")).containsExactly("to");
  }

  private Reply put(String user, int year, Object body, String ifMatch) {
    HttpHeaders headers = new HttpHeaders();
    if (ifMatch != null) {
      headers.setIfMatch(ifMatch);
    }
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo").exchange(
        "/api/calendar/" + year, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    return new Reply(response.getStatusCode().value(), response.getHeaders(), response.getBody());
  }

  private static JsonNode day(Reply year, String date) {
    for (JsonNode day : year.body().path("days")) {
      if (day.path("date").asText().equals(date)) {
        return day;
      }
    }
    throw new AssertionError(date + " is not among the days of " + year);
  }

  private static Map<String, Object> arrangement(Map<?, ?>... days) {
    return Map.of("days", List.of(days));
  }

  private static Map<String, String> holiday(String date, String name) {
    return day(date, "HOLIDAY", name);
  }

  private static Map<String, String> day(String date, String kind, String name) {
    return Map.of("date", date, "kind", kind, "name", name);
  }
}
