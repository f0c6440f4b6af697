package com.salesflow.security;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import com.salesflow.testing.TasklistSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logged-in user's engine query must say how many rows it wants, at most 2000: an unpaged or
 * oversized list is refused with 400 naming the limit, while paged lists, Tasklist's own calls and
 * our API's lists keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryMaxResultsLimitIT {

  @LocalServerPort
  int port;

  @Test
  void refusesAnUnpagedTaskListNamingTheLimit() {
    Reply reply = ApiClient.as(port, "lilei").get("/engine-rest/task");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.text("type")).isEqualTo("BadUserRequestException");
    assertThat(reply.text("message")).contains("at most 2000", "maxResults");
  }

  @Test
  void refusesAPageLargerThanTheLimit() {
    Reply reply = ApiClient.as(port, "lilei")
        .get("/engine-rest/task?firstResult=0&maxResults=2001");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.text("message")).contains("2000");
  }

  @Test
  void answersAPageWithinTheLimit() {
    ApiClient lilei = ApiClient.as(port, "lilei");
    String id = new Deals(lilei).open(INDUSTRIAL, 300_000).path("id").asText();

    Reply reply = lilei.get("/engine-rest/task?processInstanceBusinessKey=" + id
        + "&firstResult=0&maxResults=2000");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.body().findValuesAsText("taskDefinitionKey"))
        .containsExactly("Task_TechnicalEvaluation");
  }

  @Test
  void keepsOurOwnListsWorking() {
    ApiClient lilei = ApiClient.as(port, "lilei");

    Reply pipelines = lilei.get("/api/pipelines");
    assertThat(pipelines.status()).as(pipelines.toString()).isEqualTo(200);
    assertThat(pipelines.body().findValuesAsText("key")).contains(INDUSTRIAL);
    Reply funnel = lilei.get("/api/reports/funnel?pipeline=" + INDUSTRIAL);
    assertThat(funnel.status()).as(funnel.toString()).isEqualTo(200);
  }

  @Test
  void letsTasklistLogInAndPageItsFiltersAndProcesses() {
    TasklistSession tasklist = TasklistSession.logIn(port, "lilei", "demo");

    Reply filters = tasklist.get("/filter?resourceType=Task&firstResult=0&maxResults=2000");
    assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
    Reply startable = tasklist.get("/process-definition?latest=true&active=true"
        + "&startableInTasklist=true&firstResult=0&maxResults=15");
    assertThat(startable.status()).as(startable.toString()).isEqualTo(200);
    assertThat(startable.body().findValuesAsText("key")).contains(INDUSTRIAL);
    assertThat(tasklist.get("/task").status()).isEqualTo(400);
  }
}
