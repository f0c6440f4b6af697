package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.insight.DemoDeal.Stay;
import com.salesflow.insight.PipelineStages.StageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoDealGeneratorTest {

  static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
  static final List<StageRef> STAGES = List.of(
      new StageRef("Task_TechnicalEvaluation", "技术评估", 0, 3, 5),
      new StageRef("Task_BudgetApproval", "预算审批", 1, 5, 10),
      new StageRef("Task_ContractNegotiation", "合同谈判", 2, 5, 10));

  final DemoDealGenerator generator = new DemoDealGenerator(NOW,
      (from, days) -> from.plus(Duration.ofMinutes(Math.round(days * 24 * 60))));

  @Test
  void makesAHistoryWithWinsLossesRegressionsOpenDealsAndSlaBreaches() {
    List<DemoDeal> deals = IntStream.range(0, 300)
        .mapToObj(i -> generator.deal("industrial-equipment-sales", STAGES)).toList();
    List<Stay> stays = deals.stream().flatMap(d -> d.stays().stream()).toList();

    assertThat(deals).extracting(DemoDeal::status).contains("OPEN", "WON", "LOST");
    assertThat(stays).extracting(Stay::outcome).contains("ADVANCED", "REGRESSED", "LOST", "WON");
    assertThat(stays).extracting(Stay::slaLevel).contains("GREEN", "YELLOW", "RED");
    assertThat(deals).extracting(DemoDeal::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).startsWith("demo-").hasSize(36));
  }

  @Test
  void keepsEveryDealsStaysInOrderWithOnlyTheLastOneOpenAndNothingInTheFuture() {
    for (int i = 0; i < 100; i++) {
      DemoDeal deal = generator.deal("industrial-equipment-sales", STAGES);
      List<Stay> stays = deal.stays();
      for (int s = 0; s < stays.size() - 1; s++) {
        assertThat(stays.get(s).leftAt()).isEqualTo(stays.get(s + 1).enteredAt());
      }
      Stay last = stays.get(stays.size() - 1);
      assertThat(last.leftAt() == null).isEqualTo(deal.status().equals("OPEN"));
      assertThat(last.enteredAt()).isBefore(NOW);
      assertThat(deal.createdAt()).isAfter(NOW.minus(Duration.ofDays(85)));
    }
  }
}
