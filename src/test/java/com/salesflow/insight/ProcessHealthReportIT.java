package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.TestClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports over HTTP on one known week (see {@link ReportScenario}): dwell in working days,
 * regressions, outcomes, SLA breaches, stalled deals, the funnel and its drill-down, the heatmap,
 * who sees what, and how bad parameters are answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessHealthReportIT {

  @LocalServerPort
  int port;

  ReportScenario week;
  ApiClient admin;

  @BeforeAll
  void playTheWeek() {
    week = new ReportScenario(port);
    admin = ApiClient.as(port, "demo");
  }

  @AfterAll
  void realTime() {
    new TestClock(port).reset();
  }

  @Test
  void measuresDwellInWorkingDaysRegressionsOutcomesAndSlaBreachesPerStage() {
    JsonNode report = admin.get("/api/reports/process-health?" + week.query()).body();

    JsonNode qualify = stage(report, ReportScenario.QUALIFY);
    assertThat(qualify.path("exits").asLong()).isEqualTo(3);
    assertThat(qualify.path("avgDwellDays").asDouble()).isEqualTo(2.67);
    assertThat(qualify.path("medianDwellDays").asDouble()).isEqualTo(2.0);
    assertThat(qualify.path("slaRed").asLong()).isEqualTo(3);
    JsonNode propose = stage(report, ReportScenario.PROPOSE);
    assertThat(propose.path("regressionRate").asDouble()).isEqualTo(1.0);
    assertThat(propose.path("avgDwellDays").asDouble()).isEqualTo(2.0);
    JsonNode totals = report.path("totals");
    assertThat(totals.path("exits").asLong()).isEqualTo(4);
    assertThat(totals.path("regressionRate").asDouble()).isEqualTo(0.25);
    assertThat(totals.path("won").asLong()).isZero();
    assertThat(totals.path("lost").asLong()).isEqualTo(1);
  }

  /**
   * Monday to Wednesday: deals A and B turned red and left qualification in the period, deal C
   * turned red and was still there when it ended. All three breached the stage in the period.
   */
  @Test
  void countsBreachesOfStaysThatLeftInThePeriodAndOfStaysStillOpenAtItsEnd() {
    JsonNode report = admin.get("/api/reports/process-health?from=2026-09-07&to=2026-09-09"
        + "&pipeline=" + week.pipeline).body();

    JsonNode qualify = stage(report, ReportScenario.QUALIFY);
    assertThat(qualify.path("exits").asLong()).isEqualTo(2);
    assertThat(qualify.path("slaRed").asLong()).isEqualTo(3);
    assertThat(report.path("totals").path("slaRed").asLong()).isEqualTo(3);
  }

  @Test
  void listsOpenDealsByTimeInStageWeightedByAmount() {
    JsonNode stalled = admin.get("/api/reports/process-health?" + week.query()).body()
        .path("stalled");

    assertThat(ids(stalled)).containsExactly(week.dealB, week.dealA);
    assertThat(stalled.get(0).path("workingDaysInStage").asDouble()).isEqualTo(3.0);
    assertThat(stalled.get(0).path("owner").asText()).isEqualTo("lilei");
    assertThat(stalled.get(0).path("stageName").asText()).isEqualTo("方案");
  }

  @Test
  void countsTheFunnelAndDrillsDownToExactlyTheDealsCounted() {
    JsonNode funnel = admin.get("/api/reports/funnel?" + week.query()).body();
    Reply advanced = admin.get("/api/reports/funnel/deals?" + week.query()
        + "&stage=Task_Qualify&measure=ADVANCED");
    Reply entered = admin.get("/api/reports/funnel/deals?" + week.query() + "&stage=Task_Qualify");

    JsonNode qualify = funnel.path("stages").get(0);
    assertThat(qualify.path("entered").asLong()).isEqualTo(3);
    assertThat(qualify.path("advanced").asLong()).isEqualTo(2);
    assertThat(qualify.path("conversion").asDouble()).isEqualTo(0.6667);
    assertThat(funnel.path("stages").get(1).path("advanced").asLong()).isZero();
    assertThat(ids(advanced.body())).containsExactlyInAnyOrder(week.dealA, week.dealB);
    assertThat(ids(entered.body())).hasSize(3);
  }

  @Test
  void laysOutMeanDwellPerStageAndWeek() {
    JsonNode heatmap = admin.get("/api/reports/stage-heatmap?" + week.query()).body();

    assertThat(heatmap.path("weeks").get(0).asText()).isEqualTo("2026-09-07");
    assertThat(heatmap.path("stages").get(0).path("stageName").asText()).isEqualTo("筛选");
    JsonNode cell = heatmap.path("cells").findParents("stageKey").stream()
        .filter(c -> c.path("stageKey").asText().equals(ReportScenario.QUALIFY))
        .findFirst().orElseThrow();
    assertThat(cell.path("week").asText()).isEqualTo("2026-09-07");
    assertThat(cell.path("stays").asLong()).isEqualTo(3);
    assertThat(cell.path("avgDwellDays").asDouble()).isEqualTo(2.67);
  }

  @Test
  void showsARepOwnDealsASupervisorTheTeamAndRefusesARepAskingForAnother() {
    ApiClient lilei = ApiClient.as(port, "lilei");
    ApiClient zhangwei = ApiClient.as(port, "zhangwei");

    JsonNode own = lilei.get("/api/reports/process-health?" + week.query() + "&team=east-1").body();
    JsonNode team = zhangwei.get("/api/reports/process-health?" + week.query()).body();
    Reply other = lilei.get("/api/reports/process-health?" + week.query() + "&owner=hanmeimei");

    assertThat(stage(own, ReportScenario.QUALIFY).path("exits").asLong()).isEqualTo(2);
    assertThat(stage(team, ReportScenario.QUALIFY).path("exits").asLong()).isEqualTo(3);
    assertThat(other.status()).isEqualTo(403);
    assertThat(lilei.get("/api/reports/process-health?team=west-9").status()).isEqualTo(403);
  }

  @Test
  void refusesBadParametersNamingThem() {
    assertThat(problemField(admin.get("/api/reports/process-health?from=2026-13-01")))
        .isEqualTo("from");
    assertThat(problemField(admin.get("/api/reports/process-health?from=2026-09-10&to=2026-09-01")))
        .isEqualTo("to");
    assertThat(problemField(admin.get("/api/reports/funnel?pipeline=no-such-pipeline")))
        .isEqualTo("pipeline");
    assertThat(problemField(admin.get("/api/reports/funnel/deals?" + week.query()
        + "&stage=Task_Qualify&measure=EVERYTHING"))).isEqualTo("measure");
  }

  @Test
  void definesEveryMetricOnceWithAChineseLabelAndAFormula() {
    JsonNode metrics = admin.get("/api/reports/metrics").body();

    assertThat(metrics.findValuesAsText("id")).doesNotHaveDuplicates()
        .contains("avgDwellDays", "regressionRate", "conversion", "firstResponseRate");
    metrics.forEach(m -> assertThat(m.path("formula").asText()).isNotBlank());
  }

  private static String problemField(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    return reply.body().path("errors").get(0).path("field").asText();
  }

  private static JsonNode stage(JsonNode report, String key) {
    for (JsonNode stage : report.path("stages")) {
      if (stage.path("stageKey").asText().equals(key)) {
        return stage;
      }
    }
    throw new AssertionError("no stage " + key + " in " + report);
  }

  private static List<String> ids(JsonNode deals) {
    List<String> ids = new ArrayList<>();
    deals.forEach(d -> ids.add(d.path("opportunityId").asText()));
    return ids;
  }
}
