package com.salesflow.benchmark;

import com.salesflow.pipeline.NewOpportunity;
import com.salesflow.pipeline.OpportunityService;
import com.salesflow.testing.Deals;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens the deals the in-process benchmarks work on: Salesflow deals in the benchmark copy of the
 * industrial-equipment pipeline, with every gate satisfied or not, and instances of the bare copy
 * with the same deal data and with timers due when the benchmark needs them.
 */
final class BenchDeals {

  static final String PIPELINE = BenchPipeline.KEY;
  static final String OWNER = "lilei";

  private final OpportunityService opportunities;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;

  BenchDeals(OpportunityService opportunities, RuntimeService runtime, JdbcTemplate jdbc) {
    this.opportunities = opportunities;
    this.runtime = runtime;
    this.jdbc = jdbc;
  }

  /** A Salesflow deal that every stage gate lets through; returns its process instance id. */
  String salesflowDeal(boolean satisfied) {
    String id = opportunities.openFor(new NewOpportunity("基准客户-" + shortId(), "基准商机",
        BigDecimal.valueOf(1_200_000), PIPELINE), OWNER);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .singleResult().getId();
    if (satisfied) {
      runtime.setVariables(instance, Deals.INDUSTRIAL_STAGE_FIELDS);
      attachLetter(id);
    }
    return instance;
  }

  /**
   * A bare-engine instance whose yellow and red timers fall due after the given delays. It holds
   * the same deal data as a Salesflow deal (owner, customer, title, amount and, when
   * {@code filled}, every stage's fields), so that both sides read and write as many variables.
   */
  String bareDeal(Duration yellowAfter, Duration redAfter, boolean filled) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<String, Object> variables = Variables.createVariables()
        .putValue("owner", OWNER)
        .putValue("customer", "基准客户-" + shortId())
        .putValue("title", "基准商机")
        .putValue("amount", 1_200_000d)
        .putValue("yellowDue", Date.from(now.plus(yellowAfter)))
        .putValue("redDue", Date.from(now.plus(redAfter)));
    if (filled) {
      variables.putAll(Deals.INDUSTRIAL_STAGE_FIELDS);
    }
    return runtime.startProcessInstanceByKey(BareDiagram.KEY, shortId(), variables).getId();
  }

  private void attachLetter(String opportunityId) {
    byte[] letter = "%PDF-1.4 purchase-intent-letter".getBytes();
    jdbc.update("insert into opportunity_attachment (id, opportunity_id, kind, file_name,"
        + " content_type, size_bytes, content, uploaded_by, uploaded_at)"
        + " values (?, ?, 'purchase-intent-letter', 'letter.pdf', 'application/pdf', ?, ?, ?, ?)",
        UUID.randomUUID().toString(), opportunityId, letter.length, letter, OWNER,
        Timestamp.from(Instant.now()));
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
