package com.salesflow.escalation;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.pipeline.SlaLevel;
import com.salesflow.pipeline.StageOverdue;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ChatRobotStandIn;
import com.salesflow.testing.Deals;
import com.salesflow.testing.EngineDates;
import com.salesflow.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stalled stage turns yellow and then red on the working-day calendar, and the rep and then the
 * supervisor hear of it exactly once, in their inboxes and from the team's WeCom robot. The engine
 * clock starts on Monday 2 March 2026, 09:00 in Shanghai; 技术评估 is yellow after 3 working days
 * and red after 5.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageSlaIT {

  private static final String MONDAY_0900 = "2026-03-02T01:00:00Z";
  private static final Duration FIRING = Duration.ofSeconds(20);

  @LocalServerPort
  int port;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  TransactionTemplate transaction;

  TestClock clock;
  ApiClient lilei;
  ApiClient zhangwei;
  Deals deals;
  ChatRobotStandIn wecom = ChatRobotStandIn.wecom();

  @BeforeEach
  void mondayMorning() {
    clock = new TestClock(port);
    clock.set(MONDAY_0900);
    lilei = ApiClient.as(port, "lilei");
    zhangwei = ApiClient.as(port, "zhangwei");
    deals = new Deals(lilei);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void countsTheStagesYellowAndRedTimesInWorkingDaysFromItsEntry() {
    JsonNode deal = deals.open(INDUSTRIAL, 900_000);

    JsonNode stage = deal.path("currentStage");
    assertThat(stage.path("slaLevel").asText()).isEqualTo("GREEN");
    assertThat(toSecond(stage.path("yellowAt"))).isEqualTo("2026-03-05T01:00:00Z");
    assertThat(toSecond(stage.path("redAt"))).isEqualTo("2026-03-09T01:00:00Z");
    JsonNode task = stageTask(deal.path("id").asText());
    assertThat(EngineDates.toSecond(task.path("due").asText())).isEqualTo("2026-03-09T01:00:00Z");
    assertThat(task.path("priority").asInt()).isEqualTo(50);
  }

  @Test
  void turnsYellowForTheRepThenRedForRepAndSupervisorEachToldOnce() {
    JsonNode deal = deals.open(INDUSTRIAL, 900_000);
    String id = deal.path("id").asText();
    String customer = deal.path("customer").asText();

    clock.set("2026-03-05T01:00:05Z");
    await().atMost(FIRING).until(() -> level(id).equals("YELLOW"));
    await().atMost(FIRING).until(() -> wecom.messagesContaining(customer).size() == 1);
    assertThat(inbox(lilei, customer)).hasSize(1).allMatch(s -> s.startsWith("【黄灯】"));
    assertThat(inbox(zhangwei, customer)).isEmpty();
    assertThat(stageTask(id).path("priority").asInt()).isEqualTo(75);

    clock.set("2026-03-10T01:00:00Z");
    await().atMost(FIRING).until(() -> level(id).equals("RED"));
    await().atMost(FIRING).until(() -> wecom.messagesContaining(customer).size() == 3);
    assertThat(inbox(lilei, customer)).hasSize(2);
    assertThat(inbox(zhangwei, customer)).containsExactly("【红灯】测试商机 · 技术评估");
    assertThat(stageTask(id).path("priority").asInt()).isEqualTo(100);
    assertThat(wecom.messagesContaining(customer)).extracting(m ->
        m.json().path("text").path("mentioned_list").get(0).asText())
        .containsExactlyInAnyOrder("lilei", "lilei", "zhangwei");
  }

  @Test
  void startsGreenAgainInTheNextStageAndKeepsTheLevelTheStayReached() {
    String id = deals.open(INDUSTRIAL, 900_000).path("id").asText();
    clock.set("2026-03-05T02:00:00Z");
    await().atMost(FIRING).until(() -> level(id).equals("YELLOW"));

    deals.satisfyIndustrialStages(id, false);
    JsonNode advanced = deals.advanced(id);

    assertThat(advanced.path("currentStage").path("slaLevel").asText()).isEqualTo("GREEN");
    assertThat(advanced.path("history").get(0).path("slaLevel").asText()).isEqualTo("YELLOW");
    assertThat(toSecond(advanced.path("currentStage").path("redAt")))
        .isEqualTo("2026-03-19T02:00:00Z");
  }

  @Test
  void tellsNobodyTwiceWhenTheSameOverdueEventArrivesAgain() {
    JsonNode deal = deals.open(INDUSTRIAL, 900_000);
    String id = deal.path("id").asText();
    String customer = deal.path("customer").asText();
    long visit = deal.path("history").get(0).path("id").asLong();
    StageOverdue red = new StageOverdue(id, visit, customer, "测试商机", "lilei",
        "Task_TechnicalEvaluation", "技术评估", SlaLevel.RED, 5,
        Instant.parse(MONDAY_0900));

    transaction.executeWithoutResult(status -> events.publishEvent(red));
    transaction.executeWithoutResult(status -> events.publishEvent(red));

    assertThat(inbox(lilei, customer)).hasSize(1);
    assertThat(inbox(zhangwei, customer)).hasSize(1);
  }

  /** The engine clock keeps ticking after it is set, so compare times to the second. */
  private static String toSecond(JsonNode instant) {
    return Instant.parse(instant.asText()).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private String level(String id) {
    return deals.get(id).path("currentStage").path("slaLevel").asText();
  }

  private JsonNode stageTask(String id) {
    return lilei.get("/engine-rest/task?processInstanceBusinessKey=" + id + "&maxResults=10")
        .body().get(0);
  }

  private static List<String> inbox(ApiClient user, String fragment) {
    List<String> subjects = new ArrayList<>();
    for (JsonNode entry : user.get("/api/inbox?limit=200").body()) {
      if (entry.path("body").asText().contains(fragment)) {
        subjects.add(entry.path("subject").asText());
      }
    }
    return subjects;
  }
}
