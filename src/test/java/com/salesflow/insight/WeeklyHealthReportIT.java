package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.TestClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The weekly-health-report timer sends last week's report of team east-1 to its supervisor, once
 * per team and week however often the job runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeeklyHealthReportIT {

  static final String SUBJECT = "【流程健康周报】east-1 2026-W43";

  @LocalServerPort
  int port;

  @Autowired
  ManagementService management;

  @AfterEach
  void realTime() {
    new TestClock(port).reset();
  }

  @Test
  void sendsLastWeeksReportToTheTeamSupervisorOncePerWeek() {
    new TestClock(port).set("2026-10-26T00:30:00Z");
    ApiClient zhangwei = ApiClient.as(port, "zhangwei");

    management.executeJob(weeklyTimer().getId());
    management.executeJob(weeklyTimer().getId());

    List<JsonNode> reports = inboxEntries(zhangwei, SUBJECT);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).path("link").asText())
        .isEqualTo("/dashboard?team=east-1&from=2026-10-19&to=2026-10-25");
    assertThat(reports.get(0).path("body").asText())
        .startsWith("east-1 团队 2026-10-19 至 2026-10-25");
    assertThat(inboxEntries(ApiClient.as(port, "lilei"), SUBJECT)).isEmpty();
  }

  @Test
  void startsEveryMondayAtEightFromTheDiagramsTimer() {
    assertThat(weeklyTimer()).isNotNull();
    assertThat(management.createJobDefinitionQuery().processDefinitionKey("weekly-health-report")
        .singleResult().getJobConfiguration()).isEqualTo("CYCLE: 0 0 8 ? * MON");
  }

  private Job weeklyTimer() {
    return management.createJobQuery().processDefinitionKey("weekly-health-report").timers()
        .singleResult();
  }

  private static List<JsonNode> inboxEntries(ApiClient user, String subject) {
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode entry : user.get("/api/inbox?limit=200").body()) {
      if (entry.path("subject").asText().equals(subject)) {
        entries.add(entry);
      }
    }
    return entries;
  }
}
