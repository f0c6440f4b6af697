package com.salesflow.benchmark;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a large made-up stage history for the benchmark: deals of fifty made-up reps
 * ({@code bench-*}, in five teams {@code bench-team-*}) that walk the industrial-equipment stages
 * through 2025, eight stays per deal, with regressions, losses and SLA levels. As the stage journal
 * writes them, each stay carries its deal's owner and team, and each open deal its current stage
 * and when it entered it. Rows go in by JDBC batches, not through the engine; an earlier seed is
 * removed first.
 */
final class StageHistorySeed {

  static final Instant YEAR_START = Instant.parse("2025-01-06T01:00:00Z");
  static final String[] STAGES = {"Task_TechnicalEvaluation", "Task_BudgetApproval",
      "Task_PrototypeTesting", "Task_ContractNegotiation", "Task_PaymentScheduling"};
  static final String[] NAMES = {"技术评估", "预算审批", "样机测试", "合同谈判", "付款排产"};
  static final String PIPELINE = "industrial-equipment-sales";
  static final String TEAM_PREFIX = "bench-team-";
  private static final int REPS = 50;
  private static final int STAYS_PER_DEAL = 8;
  private static final int BATCH = 2_000;
  private static final DateTimeFormatter SQL_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final JdbcTemplate jdbc;
  private final Random random = new Random(7);

  StageHistorySeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds {@code rows} stays (rounded down to whole deals); returns the number of deals. */
  int seed(int rows) {
    removeEarlierSeed();
    for (int rep = 0; rep < REPS; rep++) {
      jdbc.update("insert into org_member (user_id, team_id) values (?, ?)", "bench-" + rep,
          TEAM_PREFIX + rep % 5);
    }
    int deals = rows / STAYS_PER_DEAL;
    List<Object[]> dealRows = new ArrayList<>();
    List<Object[]> stayRows = new ArrayList<>();
    for (int d = 0; d < deals; d++) {
      String id = String.format("bench-%030d", d);
      Instant at = YEAR_START.plusSeconds((long) (random.nextDouble() * 300 * 86_400));
      int firstStay = stayRows.size();
      String status = addStays(id, at, stayRows);
      int amount = 10_000 + random.nextInt(5_000_000);
      int rep = random.nextInt(REPS);
      Object[] current = "OPEN".equals(status) ? stayRows.get(stayRows.size() - 1) : null;
      dealRows.add(new Object[] {id, "基准客户" + d, "基准商机", amount, PIPELINE, "bench-" + rep,
          status, current == null ? null : current[2], current == null ? null : current[3],
          current == null ? null : current[4], utc(at), utc(at)});
      ownedBy(stayRows.subList(firstStay, stayRows.size()), rep);
      if (dealRows.size() >= BATCH) {
        flush(dealRows, stayRows);
      }
    }
    flush(dealRows, stayRows);
    // Fresh statistics, as a database that grew over time would have, so plans fit the data.
    for (String table : new String[] {"stage_history", "opportunity", "org_member"}) {
      jdbc.execute("analyze table " + table);
    }
    return deals;
  }

  private void removeEarlierSeed() {
    jdbc.update("delete from stage_history where opportunity_id like 'bench-%'");
    jdbc.update("delete from opportunity where id like 'bench-%'");
    jdbc.update("delete from org_member where user_id like 'bench-%'");
  }

  /** Adds the deal's stays and returns its status: LOST when its last stay lost it. */
  private String addStays(String id, Instant start, List<Object[]> stayRows) {
    String outcome = null;
    Instant at = start;
    int stage = 0;
    for (int s = 0; s < STAYS_PER_DEAL; s++) {
      Instant left = at.plusSeconds((long) (3_600 + random.nextDouble() * 12 * 86_400));
      boolean last = s == STAYS_PER_DEAL - 1;
      outcome = last ? (random.nextBoolean() ? "LOST" : null)
          : stage > 0 && random.nextDouble() < 0.12 ? "REGRESSED" : "ADVANCED";
      String level = random.nextDouble() < 0.7 ? "GREEN" : random.nextBoolean() ? "YELLOW" : "RED";
      stayRows.add(new Object[] {id, PIPELINE, STAGES[stage], NAMES[stage], utc(at),
          outcome == null ? null : utc(left), outcome, level, null, null});
      stage = Math.min(STAGES.length - 1,
          Math.max(0, "REGRESSED".equals(outcome) ? stage - 1 : stage + 1));
      at = left;
    }
    return outcome == null ? "OPEN" : "LOST";
  }

  /** Records the deal's owner and team on its stays, as the stage journal does. */
  private static void ownedBy(List<Object[]> stays, int rep) {
    for (Object[] stay : stays) {
      stay[8] = "bench-" + rep;
      stay[9] = TEAM_PREFIX + rep % 5;
    }
  }

  private void flush(List<Object[]> dealRows, List<Object[]> stayRows) {
    jdbc.batchUpdate("insert into opportunity (id, customer, title, amount, pipeline, owner_id,"
        + " status, stage_key, stage_name, stage_entered_at, version, created_at, updated_at)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)", dealRows);
    jdbc.batchUpdate("insert into stage_history (opportunity_id, pipeline, stage_key, stage_name,"
        + " entered_at, left_at, outcome, sla_level, owner_id, team_id)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stayRows);
    dealRows.clear();
    stayRows.clear();
  }

  /** UTC wall-clock text, as Salesflow's own type handler binds instants on every database. */
  private static String utc(Instant instant) {
    return SQL_DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
