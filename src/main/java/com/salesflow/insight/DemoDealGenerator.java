package com.salesflow.insight;

import com.salesflow.insight.DemoDeal.Stay;
import com.salesflow.insight.PipelineStages.StageRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Makes up a believable sales history: deals that start over the last twelve weeks, stay in each
 * stage around its SLA (contract talks slowing down in the last month), sometimes go back a stage
 * or are lost, and either win or are still open today. Seeded, so every run makes the same deals.
 */
final class DemoDealGenerator {

  static final String ID_PREFIX = "demo-";
  private static final String[] CUSTOMERS = {"华东精密机械", "蓝海云科技", "北方重工", "星河软件",
      "南方电气", "远航物流", "恒信制造", "天启数据", "青松医疗", "金桥汽车零部件"};
  private static final String[] OWNERS = {"lilei", "hanmeimei"};

  private final Random random = new Random(20_260_101L);
  private final Instant now;
  private final BiFunction<Instant, Double, Instant> plusWorkingDays;

  /** @param plusWorkingDays adds a number of working days (fraction allowed) to an instant */
  DemoDealGenerator(Instant now, BiFunction<Instant, Double, Instant> plusWorkingDays) {
    this.now = now;
    this.plusWorkingDays = plusWorkingDays;
  }

  DemoDeal deal(String pipeline, List<StageRef> stages) {
    String id = ID_PREFIX + UUID.nameUUIDFromBytes(longBytes()).toString().substring(5);
    String owner = OWNERS[random.nextInt(OWNERS.length)];
    Instant created = now.minusSeconds((long) (random.nextDouble() * 84 * 86_400));
    List<Stay> stays = new ArrayList<>();
    Instant at = created;
    int position = 0;
    String status = "OPEN";
    while (status.equals("OPEN")) {
      StageRef stage = stages.get(position);
      Instant left = plusWorkingDays.apply(at, dwellDays(stage, at));
      if (left.isAfter(now)) {
        stays.add(new Stay(id, pipeline, stage.key(), stage.name(), at, null, null, null,
            slaLevel(stage, at, now), owner));
        break;
      }
      String outcome = outcome(position, stages.size());
      stays.add(new Stay(id, pipeline, stage.key(), stage.name(), at, left, outcome,
          reason(outcome), slaLevel(stage, at, left), owner));
      status = outcome.equals("WON") ? "WON" : outcome.equals("LOST") ? "LOST" : "OPEN";
      position += outcome.equals("REGRESSED") ? -1 : 1;
      at = left;
    }
    Stay last = stays.get(stays.size() - 1);
    boolean open = status.equals("OPEN");
    return new DemoDeal(id, CUSTOMERS[random.nextInt(CUSTOMERS.length)], title(pipeline),
        amount(), pipeline, owner, status, open ? last.stageKey() : null,
        open ? last.stageName() : null, open ? last.enteredAt() : null,
        open ? null : last.reason(), created, open ? last.enteredAt() : last.leftAt(), stays);
  }

  private double dwellDays(StageRef stage, Instant entered) {
    double typical = stage.slaYellowDays() == null ? 3 : stage.slaYellowDays() * 0.8;
    boolean lateContractTalks = stage.name().contains("谈判")
        && entered.isAfter(now.minusSeconds(28L * 86_400));
    double trend = lateContractTalks ? 1.6 : 1.0;
    return Math.max(0.2, typical * trend * Math.exp(random.nextGaussian() * 0.45));
  }

  private String outcome(int position, int stageCount) {
    double roll = random.nextDouble();
    if (roll < 0.08) {
      return "LOST";
    }
    if (roll < 0.15 && position > 0) {
      return "REGRESSED";
    }
    return position == stageCount - 1 ? "WON" : "ADVANCED";
  }

  private static String reason(String outcome) {
    return switch (outcome) {
      case "LOST" -> "客户选择了竞争对手";
      case "REGRESSED" -> "客户需求变更，需重新确认";
      default -> null;
    };
  }

  private String slaLevel(StageRef stage, Instant entered, Instant until) {
    if (stage.slaYellowDays() == null) {
      return "GREEN";
    }
    if (!until.isBefore(plusWorkingDays.apply(entered, (double) stage.slaRedDays()))) {
      return "RED";
    }
    return until.isBefore(plusWorkingDays.apply(entered, (double) stage.slaYellowDays()))
        ? "GREEN" : "YELLOW";
  }

  private String title(String pipeline) {
    return pipeline.startsWith("saas") ? "年度订阅 " + (10 + random.nextInt(490)) + " 席位"
        : "数控设备采购 " + (1 + random.nextInt(8)) + " 台";
  }

  private BigDecimal amount() {
    double amount = 50_000 * Math.exp(random.nextDouble() * Math.log(160));
    return BigDecimal.valueOf(Math.round(amount / 1000) * 1000L);
  }

  private byte[] longBytes() {
    return Long.toString(random.nextLong()).getBytes(StandardCharsets.UTF_8);
  }
}
