package com.salesflow.escalation;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.SalesflowApplication;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ChatRobotStandIn;
import com.salesflow.testing.Deals;
import com.salesflow.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application nodes on one database, both firing timers and delivering notices: every due
 * timer fires once and every notice arrives once. The nodes share this JVM and so one engine clock,
 * as real nodes share one time source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoNodesIT {

  private static final int DEALS_PER_NODE = 12;
  private static ConfigurableApplicationContext secondNode;

  @LocalServerPort
  int port;

  @Autowired
  Environment environment;

  ChatRobotStandIn wecom = ChatRobotStandIn.wecom();

  @BeforeEach
  void startTheSecondNode() {
    if (secondNode == null) {
      secondNode = new SpringApplicationBuilder(SalesflowApplication.class)
          .profiles(environment.getActiveProfiles())
          .properties("server.port=0", "camunda.bpm.process-engine-name=secondNode")
          .run();
    }
  }

  @AfterEach
  void realTime() {
    new TestClock(port).reset();
  }

  @AfterAll
  static void stopTheSecondNode() {
    secondNode.close();
  }

  @Test
  void firesEveryDueTimerOnceAndDeliversEveryNoticeOnceAcrossTwoNodes() {
    int secondPort = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
    new TestClock(port).set("2026-03-02T01:00:00Z");
    List<JsonNode> opened = new ArrayList<>();
    Deals onFirst = new Deals(ApiClient.as(port, "lilei"));
    Deals onSecond = new Deals(ApiClient.as(secondPort, "hanmeimei"));
    for (int i = 0; i < DEALS_PER_NODE; i++) {
      opened.add(onFirst.open(INDUSTRIAL, 300_000));
      opened.add(onSecond.open(INDUSTRIAL, 300_000));
    }

    new TestClock(port).set("2026-03-05T01:00:05Z");
    new TestClock(secondPort).set("2026-03-05T01:00:05Z");

    Deals reader = new Deals(ApiClient.as(port, "demo"));
    await().atMost(Duration.ofSeconds(60)).until(() -> opened.stream().allMatch(deal ->
        reader.get(deal.path("id").asText()).path("currentStage").path("slaLevel").asText()
            .equals("YELLOW")));
    await().atMost(Duration.ofSeconds(30)).until(() -> opened.stream().allMatch(deal ->
        !wecom.messagesContaining(deal.path("customer").asText()).isEmpty()));
    for (JsonNode deal : opened) {
      String customer = deal.path("customer").asText();
      assertThat(wecom.messagesContaining(customer)).as(customer).hasSize(1);
      ApiClient owner = ApiClient.as(port, deal.path("owner").asText());
      assertThat(owner.get("/api/inbox?limit=200").body().findValuesAsText("body"))
          .filteredOn(body -> body.contains(customer)).hasSize(1);
    }
  }
}
