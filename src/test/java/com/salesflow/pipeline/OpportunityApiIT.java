package com.salesflow.pipeline;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input, concurrent edits, listing and files on the deal API: errors name what is wrong. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpportunityApiIT {

  @LocalServerPort
  int port;

  ApiClient lilei;
  Deals deals;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    deals = new Deals(lilei);
  }

  @Test
  void refusesAnonymousCallersAndWrongPasswords() {
    assertThat(ApiClient.anonymous(port).get("/api/opportunities").status()).isEqualTo(401);
    assertThat(ApiClient.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
    // Camunda delays the next login of a user after a wrong password, so use one no other test uses.
    assertThat(new ApiClient(port, "sunli", "wrong").get("/api/opportunities").status())
        .isEqualTo(401);
    assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
  }

  @Test
  void refusesANewDealThatNamesNoCustomerANegativeAmountOrAnUnknownPipeline() {
    Reply reply = lilei.post("/api/opportunities",
        Map.of("title", "机床", "amount", 100, "pipeline", INDUSTRIAL));
    Reply negative = lilei.post("/api/opportunities",
        Map.of("customer", "甲", "title", "机床", "amount", -5, "pipeline", INDUSTRIAL));
    Reply unknown = lilei.post("/api/opportunities",
        Map.of("customer", "甲", "title", "机床", "amount", 5, "pipeline", "no-such-line"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body().path("errors").findValuesAsText("field")).containsExactly("customer");
    assertThat(negative.body().path("errors").findValuesAsText("field")).containsExactly("amount");
    assertThat(unknown.body().path("errors").findValuesAsText("field"))
        .containsExactly("pipeline");
  }

  @Test
  void refusesAFieldValueOfTheWrongTypeAndWritesNoneOfTheRequest() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();

    Reply refused = lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("technicalContact", "王工", "budgetAmount", "很多", "testDate", "next week"), null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("budgetAmount", "testDate");
    assertThat(deals.get(id).path("fields").has("technicalContact")).isFalse();
  }

  @Test
  void refusesAFieldThatNoStageOfThePipelineHas() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();

    Reply refused = lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("favouriteColour", "蓝"), null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("errors").findValuesAsText("field"))
        .containsExactly("favouriteColour");
  }

  @Test
  void keepsFieldValuesWithTheirTypes() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();

    JsonNode deal = deals.fill(id, Map.of("budgetAmount", 750_000.5, "testDate", "2027-02-01",
        "technicalContact", "王工"));

    assertThat(deal.path("fields").path("budgetAmount").asDouble()).isEqualTo(750_000.5);
    assertThat(deal.path("fields").path("testDate").asText()).isEqualTo("2027-02-01");
    assertThat(deal.path("missing").findValuesAsText("name"))
        .containsExactly("technicalRequirements", "proposedSolution");
  }

  @Test
  void answersUnknownIdsWith404AndMalformedJsonWith400() {
    assertThat(lilei.get("/api/opportunities/no-such-deal").status()).isEqualTo(404);
    assertThat(deals.advance("no-such-deal").status()).isEqualTo(404);
    Reply malformed = lilei.postRaw("/api/opportunities", "{\"customer\": \"甲\",");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.text("detail")).contains("not valid JSON");
    Reply wrongType = lilei.postRaw("/api/opportunities",
        "{\"customer\":\"甲\",\"title\":\"乙\",\"amount\":\"lots\",\"pipeline\":\"x\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body().path("errors").findValuesAsText("field"))
        .containsExactly("amount");
  }

  @Test
  void refusesAChangeMadeOnAStaleVersionSoNobodyOverwritesAnother() {
    JsonNode opened = deals.open(INDUSTRIAL, 800_000);
    String id = opened.path("id").asText();
    String etag = lilei.get("/api/opportunities/" + id).headers().getETag();

    Reply first = lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("technicalContact", "王工"), etag);
    Reply second = lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("technicalContact", "李工"), etag);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(409);
    assertThat(deals.get(id).path("fields").path("technicalContact").asText()).isEqualTo("王工");
  }

  @Test
  void listsDealsByOwnerStageAndStatusAPageAtATime() {
    ApiClient hanmeimei = ApiClient.as(port, "hanmeimei");
    Deals hers = new Deals(hanmeimei);
    for (int i = 0; i < 3; i++) {
      hers.open(INDUSTRIAL, 100_000 + i);
    }

    Reply page = ApiClient.as(port, "zhangwei").get("/api/opportunities?owner=hanmeimei"
        + "&stage=Task_TechnicalEvaluation&status=OPEN&size=2&page=0");
    Reply tooBig = lilei.get("/api/opportunities?size=5000");
    Reply badStatus = lilei.get("/api/opportunities?status=SLEEPING");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body().path("items")).hasSize(2);
    assertThat(page.body().path("items").findValuesAsText("owner")).containsOnly("hanmeimei");
    assertThat(page.body().path("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(badStatus.status()).isEqualTo(400);
  }

  @Test
  void keepsUploadedFilesByKindForListingAndDownload() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    byte[] letter = "%PDF-1.4 采购意向书".getBytes(StandardCharsets.UTF_8);

    Reply added = lilei.upload("/api/opportunities/" + id + "/attachments",
        "purchase-intent-letter", "采购意向书.pdf", letter);
    Reply badKind = lilei.upload("/api/opportunities/" + id + "/attachments",
        "Purchase Intent!", "x.pdf", letter);
    Reply empty = lilei.upload("/api/opportunities/" + id + "/attachments",
        "purchase-intent-letter", "x.pdf", new byte[0]);

    assertThat(added.status()).isEqualTo(201);
    assertThat(added.text("fileName")).isEqualTo("采购意向书.pdf");
    assertThat(badKind.body().path("errors").findValuesAsText("field")).containsExactly("kind");
    assertThat(empty.body().path("errors").findValuesAsText("field")).containsExactly("file");
    Reply listed = lilei.get("/api/opportunities/" + id + "/attachments");
    assertThat(listed.body()).hasSize(1);
    assertThat(lilei.download("/api/opportunities/" + id + "/attachments/" + added.text("id")))
        .isEqualTo(letter);
  }
}
