package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The compensating controls for Camunda 7.24 CE's open defaults and its two 2026 advisories, tried
 * the way an attacker with a login (or without one) would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HardeningIT {

  private static final Map<String, Object> OR_EXPRESSION =
      Map.of("orQueries", List.of(Map.of("assigneeExpression", "${currentUser()}")));

  @LocalServerPort
  int port;

  @Test
  void refusesATaskQueryWithAnExpressionInAnOrBranch() {
    Reply refused = ApiClient.as(port, "lilei").post("/engine-rest/task", OR_EXPRESSION);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("or branches");
  }

  @Test
  void refusesAnAdHocTaskQueryWithAnExpression() {
    Reply refused = ApiClient.as(port, "lilei").post("/engine-rest/task",
        Map.of("assigneeExpression", "${currentUser()}"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
  }

  @Test
  void refusesToSaveAFilterWithAnExpressionInAnOrBranch() {
    ApiClient rep = ApiClient.as(port, "lilei");

    Reply refused = rep.post("/engine-rest/filter/create", Map.of("resourceType", "Task",
        "name", "smuggled-expression", "query", OR_EXPRESSION));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(rep.get("/engine-rest/filter/count?name=smuggled-expression").body()
        .path("count").asLong()).isZero();
  }

  @Test
  void keepsTheAdminSetupPageClosedOnceThereIsAnAdministrator() throws Exception {
    HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port
                + "/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"profile": {"id": "intruder", "firstName": "I", "lastName": "N"},
             "credentials": {"password": "intruder-password-1"}}"""))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(ApiClient.as(port, "demo").get("/engine-rest/user/count?id=intruder").body()
        .path("count").asLong()).isZero();
  }

  @Test
  void setsSessionAndCsrfCookiesSameSiteStrict() throws IOException, InterruptedException {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());

    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).isNotEmpty();
    assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase(
        "SameSite=Strict"));
  }

  @Test
  void answersErrorsWithoutStackTracesOrSql() {
    Reply reply = ApiClient.as(port, "lilei").postRaw("/api/opportunities", "{\"amount\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().toString()).doesNotContain("Exception").doesNotContain("at com.")
        .doesNotContainIgnoringCase("select ");
  }
}
