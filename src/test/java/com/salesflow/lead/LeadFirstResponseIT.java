package com.salesflow.lead;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lead must get its first contact within 48 hours or the owner's supervisor hears of it; a
 * contacted lead becomes a deal; the first-response rate counts leads answered in time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadFirstResponseIT {

  @LocalServerPort
  int port;

  TestClock clock;
  ApiClient lilei;

  @BeforeEach
  void logIn() {
    clock = new TestClock(port);
    lilei = ApiClient.as(port, "lilei");
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void recordsTheFirstContactAndConvertsTheLeadIntoADealOnce() {
    JsonNode lead = receive(lilei, "lilei");
    String id = lead.path("id").asText();
    assertThat(lead.path("status").asText()).isEqualTo("NEW");

    Reply contacted = lilei.post("/api/leads/" + id + "/first-contact",
        Map.of("note", "电话沟通，客户有三台机床的更新需求"));
    Reply converted = lilei.post("/api/leads/" + id + "/convert",
        Map.of("pipeline", INDUSTRIAL, "title", "机床更新", "amount", 2_400_000));
    Reply again = lilei.post("/api/leads/" + id + "/convert",
        Map.of("pipeline", INDUSTRIAL, "title", "机床更新", "amount", 2_400_000));

    assertThat(contacted.status()).as(contacted.toString()).isEqualTo(200);
    assertThat(contacted.text("status")).isEqualTo("CONTACTED");
    assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
    JsonNode deal = lilei.get("/api/opportunities/" + converted.text("opportunityId")).body();
    assertThat(deal.path("customer").asText()).isEqualTo(lead.path("customer").asText());
    assertThat(deal.path("owner").asText()).isEqualTo("lilei");
    assertThat(again.status()).isEqualTo(409);
    assertThat(lilei.get("/api/leads/" + id).body().path("opportunityId").asText())
        .isEqualTo(converted.text("opportunityId"));
  }

  @Test
  void refusesToConvertALeadNobodyHasContactedOrToReceiveOneWithoutOwnerOrCustomer() {
    String id = receive(lilei, "lilei").path("id").asText();

    Reply convert = lilei.post("/api/leads/" + id + "/convert", Map.of("pipeline", INDUSTRIAL,
        "amount", 10));
    Reply noCustomer = lilei.post("/api/leads",
        Map.of("contact", "王经理", "source", "展会", "owner", "lilei"));
    Reply strangerOwner = ApiClient.as(port, "demo").post("/api/leads",
        Map.of("customer", "甲", "contact", "王经理", "source", "展会", "owner", "nobody"));

    assertThat(convert.status()).isEqualTo(409);
    assertThat(noCustomer.body().path("errors").findValuesAsText("field"))
        .containsExactly("customer");
    assertThat(strangerOwner.body().path("errors").findValuesAsText("field"))
        .containsExactly("owner");
  }

  @Test
  void tellsTheSupervisorOnceWhenNobodyContactsTheLeadWithin48Hours() {
    clock.set("2026-05-11T01:00:00Z");
    JsonNode lead = receive(lilei, "lilei");
    String customer = lead.path("customer").asText();
    ApiClient zhangwei = ApiClient.as(port, "zhangwei");

    clock.set("2026-05-13T01:00:30Z");

    await().atMost(Duration.ofSeconds(20)).until(() -> supervisorNotices(zhangwei, customer) == 1);
    assertThat(lilei.get("/api/leads/" + lead.path("id").asText()).body().path("status").asText())
        .isEqualTo("NEW");
  }

  @Test
  void countsTheShareOfDecidedLeadsAnsweredWithinTheWindowPerRepAndTeam() {
    ApiClient hanmeimei = ApiClient.as(port, "hanmeimei");
    clock.set("2026-06-01T01:00:00Z");
    String inTime = receive(hanmeimei, "hanmeimei").path("id").asText();
    String late = receive(hanmeimei, "hanmeimei").path("id").asText();
    receive(hanmeimei, "hanmeimei");
    clock.set("2026-06-01T05:00:00Z");
    hanmeimei.post("/api/leads/" + inTime + "/first-contact", Map.of("note", "已电话联系"));
    clock.set("2026-06-03T02:00:00Z");
    hanmeimei.post("/api/leads/" + late + "/first-contact", Map.of("note", "邮件联系"));
    receive(hanmeimei, "hanmeimei");

    JsonNode rate = ApiClient.as(port, "zhangwei").get("/api/leads/first-response-rate"
        + "?from=2026-06-01T00:00:00Z&to=2026-06-04T00:00:00Z").body();

    JsonNode hers = rowOf(rate.path("reps"), "owner", "hanmeimei");
    assertThat(hers.path("leads").asLong()).isEqualTo(3);
    assertThat(hers.path("answeredInTime").asLong()).isEqualTo(1);
    assertThat(hers.path("rate").asDouble()).isEqualTo(1.0 / 3);
    assertThat(rowOf(rate.path("teams"), "team", "east-1").path("leads").asLong()).isEqualTo(3);
    assertThat(rate.path("window").asText()).isEqualTo("PT48H");
    assertThat(lilei.get("/api/leads/first-response-rate?from=2026-06-04T00:00:00Z"
        + "&to=2026-06-01T00:00:00Z").status()).isEqualTo(400);
  }

  private JsonNode receive(ApiClient client, String owner) {
    Reply reply = client.post("/api/leads", Map.of(
        "customer", "线索客户-" + UUID.randomUUID().toString().substring(0, 8),
        "contact", "王经理 138 0000 0000", "source", "工博会", "owner", owner));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  private static long supervisorNotices(ApiClient supervisor, String customer) {
    long count = 0;
    for (JsonNode entry : supervisor.get("/api/inbox?limit=200").body()) {
      if (entry.path("subject").asText().equals("【线索超时】" + customer)) {
        count++;
      }
    }
    return count;
  }

  private static JsonNode rowOf(JsonNode rows, String field, String value) {
    for (JsonNode row : rows) {
      if (row.path(field).asText().equals(value)) {
        return row;
      }
    }
    throw new AssertionError("no row with " + field + " " + value + " in " + rows);
  }
}
