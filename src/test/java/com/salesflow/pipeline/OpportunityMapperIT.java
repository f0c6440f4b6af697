package com.salesflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The deal and stage-history mappers against the configured database (H2, or MySQL/MariaDB). */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class OpportunityMapperIT {

  private static final Instant ENTERED = Instant.parse("2026-11-02T01:30:00.123Z");

  @Autowired
  OpportunityMapper opportunities;

  @Autowired
  StageVisitMapper visits;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void storesADealWithFourByteCharactersAndMillisecondsIntact() {
    Opportunity deal = newDeal("𠮷野家餐饮 😀");

    opportunities.insert(deal);

    Map<String, Object> row = jdbc.queryForMap(
        "select customer, amount, version from opportunity where id = ?", deal.id());
    assertThat(row.values()).containsExactly("𠮷野家餐饮 😀", new BigDecimal("6200000.50"), 0);
    Opportunity read = opportunities.findById(deal.id()).orElseThrow();
    assertThat(read).isEqualTo(deal);
  }

  @Test
  void bumpsTheVersionOnlyWhenTheCallerHoldsTheCurrentOne() {
    Opportunity deal = newDeal("华东机械");
    opportunities.insert(deal);

    int first = opportunities.touch(deal.id(), 0, ENTERED.plusSeconds(60));
    int stale = opportunities.touch(deal.id(), 0, ENTERED.plusSeconds(120));

    assertThat(first).isEqualTo(1);
    assertThat(stale).isZero();
    assertThat(jdbc.queryForObject("select version from opportunity where id = ?", Integer.class,
        deal.id())).isEqualTo(1);
  }

  @Test
  void recordsAStageVisitWithItsOwnersTeamAndHighestSlaLevelAndClosesItOnceSoDwellTimeIsPlainSql() {
    String owner = "rep-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("insert into org_member (user_id, supervisor_id, team_id) values (?, ?, ?)",
        owner, "zhangwei", "east");
    Opportunity deal = withOwner(newDeal("华东机械"), owner, ENTERED);
    opportunities.insert(deal);
    Stage stage = new Stage("Task_BudgetApproval", "预算审批", 1, ExitCriteria.NONE, Map.of(),
        null, null);
    visits.insertEntry(StageVisit.entered(deal.id(), deal.pipeline(), stage, ENTERED, "lilei"));
    StageVisit open = visits.findOpen(deal.id()).orElseThrow();
    Instant left = ENTERED.plus(3, ChronoUnit.DAYS);

    visits.raiseSlaLevel(deal.id(), open.id(), SlaLevel.RED);
    visits.raiseSlaLevel(deal.id(), open.id(), SlaLevel.YELLOW);
    int closed = visits.closeOpen(deal.id(), StageOutcome.REGRESSED, "预算被冻结", left, "zhangwei");
    int closedAgain = visits.closeOpen(deal.id(), StageOutcome.LOST, "again", left.plusSeconds(5),
        "hanmeimei");

    assertThat(closed).isEqualTo(1);
    assertThat(closedAgain).isZero();
    assertThat(visits.findOpen(deal.id())).isEmpty();
    assertThat(visits.findByOpportunity(deal.id())).singleElement()
        .extracting(StageVisit::stageKey, StageVisit::enteredBy, StageVisit::leftAt,
            StageVisit::leftBy, StageVisit::outcome, StageVisit::reason, StageVisit::slaLevel,
            StageVisit::ownerId, StageVisit::teamId)
        .containsExactly("Task_BudgetApproval", "lilei", left, "zhangwei", StageOutcome.REGRESSED,
            "预算被冻结", SlaLevel.RED, owner, "east");
    Long dwellSeconds = jdbc.queryForObject("select sum(timestampdiff(second, entered_at, left_at))"
        + " from stage_history where opportunity_id = ?", Long.class, deal.id());
    assertThat(dwellSeconds).isEqualTo(3 * 24 * 3600L);
  }

  @Test
  void recordsNoStageVisitForADealThatDoesNotExist() {
    Stage stage = new Stage("Task_BudgetApproval", "预算审批", 1, ExitCriteria.NONE, Map.of(),
        null, null);

    int inserted = visits.insertEntry(StageVisit.entered(UUID.randomUUID().toString(),
        "industrial-equipment-sales", stage, ENTERED, "lilei"));

    assertThat(inserted).isZero();
  }

  @Test
  void listsDealsByFilterNewestFirst() {
    String owner = "rep-" + UUID.randomUUID().toString().substring(0, 8);
    Opportunity older = withOwner(newDeal("甲"), owner, ENTERED);
    Opportunity newer = withOwner(newDeal("乙"), owner, ENTERED.plusSeconds(1));
    opportunities.insert(older);
    opportunities.insert(newer);

    OpportunityQuery query = new OpportunityQuery(List.of(owner), null, null, OpportunityStatus.OPEN, 1, 0);

    assertThat(opportunities.findPage(query)).extracting(Opportunity::id).containsExactly(newer.id());
    assertThat(opportunities.count(query)).isEqualTo(2);
  }

  private static Opportunity newDeal(String customer) {
    return Opportunity.open(UUID.randomUUID().toString(), customer, "数控机床",
        new BigDecimal("6200000.50"), "industrial-equipment-sales", "lilei", ENTERED);
  }

  private static Opportunity withOwner(Opportunity deal, String owner, Instant createdAt) {
    return Opportunity.open(deal.id(), deal.customer(), deal.title(), deal.amount(),
        deal.pipeline(), owner, createdAt);
  }
}
