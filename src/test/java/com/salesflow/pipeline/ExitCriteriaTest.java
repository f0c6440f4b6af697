package com.salesflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exit criteria as process owners write them on a stage task, and what they ask of a deal. */
class ExitCriteriaTest {

  private static final ExitCriteria BUDGET_APPROVAL = StageProperties.exitCriteria(
      "Task_BudgetApproval", List.of(
          new SimpleEntry<>("exitFields", "budgetAmount, expectedDecisionDate"),
          new SimpleEntry<>("exitAttachments", "purchase-intent-letter:采购意向书"),
          new SimpleEntry<>("exitFieldsWhen", "amount > 5000000: customerApprovalStage, freezeRiskLevel"),
          new SimpleEntry<>("unrelated", "ignored")));

  @Test
  void asksForEveryFieldAndAttachmentItDeclaresInOrder() {
    List<MissingItem> missing = BUDGET_APPROVAL.missingFor(facts(Map.of("amount", 100.0)), f -> f);

    assertThat(missing).containsExactly(
        MissingItem.field("budgetAmount", "budgetAmount"),
        MissingItem.field("expectedDecisionDate", "expectedDecisionDate"),
        MissingItem.attachment("purchase-intent-letter", "采购意向书"));
  }

  @Test
  void asksForConditionalFieldsOnlyWhileTheConditionHolds() {
    DealFacts big = facts(Map.of("amount", 5_000_000.01, "budgetAmount", 1L,
        "expectedDecisionDate", "2027-01-01"));
    DealFacts atThreshold = facts(Map.of("amount", 5_000_000L));

    assertThat(BUDGET_APPROVAL.missingFor(big, f -> f)).extracting(MissingItem::name)
        .containsExactly("customerApprovalStage", "freezeRiskLevel", "purchase-intent-letter");
    assertThat(BUDGET_APPROVAL.requiredFields(atThreshold))
        .containsExactly("budgetAmount", "expectedDecisionDate");
  }

  @Test
  void treatsBlankTextAsNotFilledButFalseAndZeroAsFilled() {
    ExitCriteria criteria = StageProperties.exitCriteria("Task_Trial",
        List.of(new SimpleEntry<>("exitFields", "note, accepted, seats")));

    List<MissingItem> missing = criteria.missingFor(
        facts(Map.of("note", "  ", "accepted", false, "seats", 0L)), f -> f);

    assertThat(missing).extracting(MissingItem::name).containsExactly("note");
  }

  @Test
  void refusesAConditionalRequirementItCannotReadNamingTheStage() {
    assertThatThrownBy(() -> StageProperties.exitCriteria("Task_Trial",
        List.of(new SimpleEntry<>("exitFieldsWhen", "amount is big: note"))))
        .hasMessageContaining("Task_Trial").hasMessageContaining("amount is big");
    assertThatThrownBy(() -> StageProperties.exitCriteria("Task_Trial",
        List.of(new SimpleEntry<>("exitFieldsWhen", "amount > 5"))))
        .hasMessageContaining("exitFieldsWhen");
  }

  @Test
  void neverHoldsAConditionOnAMissingOrNonNumericValue() {
    Condition condition = Condition.parse("amount >= 10");

    assertThat(condition.holdsFor(facts(Map.of()))).isFalse();
    assertThat(condition.holdsFor(facts(Map.of("amount", "20")))).isFalse();
    assertThat(condition.holdsFor(facts(Map.of("amount", 10)))).isTrue();
    assertThat(Condition.parse("x != 0").holdsFor(facts(Map.of("x", 0.0)))).isFalse();
  }

  private static DealFacts facts(Map<String, Object> values) {
    return new DealFacts(values, Set.of());
  }
}
