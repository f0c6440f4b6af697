package com.salesflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people pressing "complete" on the same stage at the same moment: exactly one succeeds, the
 * other is told 409, and the deal moves on once, with one history row for the stage. Through our
 * API each states the version of the deal it saw, as a page would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCompletionIT {

  private static final int ROUNDS = 10;

  @LocalServerPort
  int port;

  @Test
  void oneOfTwoSimultaneousAdvancesWins() throws Exception {
    ApiClient rep = ApiClient.as(port, "lilei");
    Deals deals = new Deals(rep);
    for (int round = 0; round < ROUNDS; round++) {
      String id = deals.open(Deals.INDUSTRIAL, 1_000_000).path("id").asText();
      deals.satisfyIndustrialStages(id, false);
      String version = rep.get("/api/opportunities/" + id).headers().getETag();

      List<Integer> statuses = atOnce(() ->
          rep.post("/api/opportunities/" + id + "/advance", Map.of(), version).status());

      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      assertStageLeftOnce(deals.get(id));
    }
  }

  @Test
  void oneOfTwoSimultaneousEngineRestCompletionsWins() throws Exception {
    ApiClient rep = ApiClient.as(port, "lilei");
    Deals deals = new Deals(rep);
    for (int round = 0; round < ROUNDS; round++) {
      String id = deals.open(Deals.INDUSTRIAL, 1_000_000).path("id").asText();
      deals.satisfyIndustrialStages(id, false);
      String task = rep.get("/engine-rest/task?processInstanceBusinessKey=" + id + "&maxResults=10")
          .body().get(0).path("id").asText();

      List<Integer> statuses = atOnce(() ->
          rep.post("/engine-rest/task/" + task + "/complete", Map.of()).status());

      assertThat(statuses).containsExactlyInAnyOrder(204, 409);
      assertStageLeftOnce(deals.get(id));
    }
  }

  @Test
  void refusesToAdvanceOrLoseADealFromAStaleVersion() {
    ApiClient rep = ApiClient.as(port, "lilei");
    Deals deals = new Deals(rep);
    String id = deals.open(Deals.INDUSTRIAL, 1_000_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);
    String seen = rep.get("/api/opportunities/" + id).headers().getETag();
    deals.advanced(id);

    Reply advance = rep.post("/api/opportunities/" + id + "/advance", Map.of(), seen);
    Reply lose = rep.post("/api/opportunities/" + id + "/lose", Map.of("reason", "预算取消"), seen);

    assertThat(advance.status()).as(advance.toString()).isEqualTo(409);
    assertThat(lose.status()).as(lose.toString()).isEqualTo(409);
    JsonNode deal = deals.get(id);
    assertThat(Deals.stageOf(deal)).isEqualTo("Task_BudgetApproval");
    assertThat(deal.path("status").asText()).isEqualTo("OPEN");
  }

  private static void assertStageLeftOnce(JsonNode deal) {
    assertThat(Deals.stageOf(deal)).isEqualTo("Task_BudgetApproval");
    assertThat(deal.path("history")).hasSize(2);
  }

  private static List<Integer> atOnce(Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<Integer> gated = () -> {
        start.await();
        return call.call();
      };
      List<Future<Integer>> replies = List.of(pool.submit(gated), pool.submit(gated));
      start.countDown();
      return List.of(replies.get(0).get(), replies.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }
}
