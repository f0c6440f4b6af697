package com.salesflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps on deals through the API that many scenarios share, each asserting that it succeeded. */
public final class Deals {

  public static final String INDUSTRIAL = "industrial-equipment-sales";
  public static final String SAAS = "saas-subscription-sales";

  /** Values that satisfy every field the industrial-equipment stages ask for. */
  public static final Map<String, Object> INDUSTRIAL_STAGE_FIELDS = Map.ofEntries(
      Map.entry("technicalRequirements", "三台五轴数控机床，加工精度 0.005 mm"),
      Map.entry("proposedSolution", "VMC-850 五轴加工中心"),
      Map.entry("technicalContact", "王工"),
      Map.entry("budgetAmount", 4_800_000),
      Map.entry("expectedDecisionDate", "2027-01-15"),
      Map.entry("testDate", "2027-02-01"),
      Map.entry("customerParticipants", "生产部王工、质量部李工"),
      Map.entry("feedbackIssues", "主轴温升略高，已调整冷却参数"),
      Map.entry("agreedPrice", 4_650_000),
      Map.entry("paymentTerms", "30% 预付，60% 发货前，10% 验收后"),
      Map.entry("deliveryDate", "2027-04-30"),
      Map.entry("downPaymentReceivedDate", "2027-03-05"),
      Map.entry("productionSlot", "2027 年 3 月第 2 周"));

  /** The fields a deal over 5,000,000 CNY needs from budget approval on. */
  public static final Map<String, Object> BIG_DEAL_FIELDS = Map.of(
      "customerApprovalStage", "管理层审批",
      "freezeRiskLevel", "中",
      "alternativePlanReadiness", "备选方案已与客户技术部确认");

  private final ApiClient api;

  public Deals(ApiClient api) {
    this.api = api;
  }

  /** Opens a deal and returns its JSON; the customer name is unique so tests never collide. */
  public JsonNode open(String pipeline, long amount) {
    Reply reply = api.post("/api/opportunities", Map.of(
        "customer", "测试客户-" + UUID.randomUUID().toString().substring(0, 8),
        "title", "测试商机",
        "amount", BigDecimal.valueOf(amount),
        "pipeline", pipeline));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  public JsonNode get(String id) {
    Reply reply = api.get("/api/opportunities/" + id);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body();
  }

  public JsonNode fill(String id, Map<String, Object> fields) {
    Reply reply = api.patch("/api/opportunities/" + id + "/fields", fields, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body();
  }

  public JsonNode attach(String id, String kind) {
    Reply reply = api.upload("/api/opportunities/" + id + "/attachments", kind, kind + ".pdf",
        ("%PDF-1.4 " + kind).getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  public Reply advance(String id) {
    return api.post("/api/opportunities/" + id + "/advance", Map.of());
  }

  public JsonNode advanced(String id) {
    Reply reply = advance(id);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body();
  }

  /** Fills everything the industrial-equipment stages ask for, so that every gate opens. */
  public void satisfyIndustrialStages(String id, boolean bigDeal) {
    fill(id, INDUSTRIAL_STAGE_FIELDS);
    if (bigDeal) {
      fill(id, BIG_DEAL_FIELDS);
    }
    attach(id, "purchase-intent-letter");
  }

  public static String stageOf(JsonNode deal) {
    return deal.path("currentStage").path("key").asText(null);
  }

  public static List<String> missingNames(JsonNode problemOrDeal) {
    List<String> names = new ArrayList<>();
    problemOrDeal.path("missing").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}
