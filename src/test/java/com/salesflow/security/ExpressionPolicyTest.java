package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionPolicyTest {

  private final ExpressionPolicy policy = new ExpressionPolicy(Set.of("stageSla", "weeklyReport"));

  @ParameterizedTest
  @ValueSource(strings = {
      "${owner}",
      "${weeklyReport}",
      "${stageSla.due(execution, 'RED')}",
      "${decision == 'APPROVED'}",
      "${amount > 5000000 && !rejected}",
      "${(score >= 70) || empty evidence}",
      "#{stageSla.reached(execution, \"YELLOW\")}",
      "${decisionResult.getSingleResult().deliverable}"})
  void acceptsVariablesComparisonsAndCallsOnAllowedBeans(String expression) {
    assertThat(policy.violations(expression)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "${''.getClass().forName('java.lang.Runtime')}",
      "${dataSource.getConnection()}",
      "${execution.getProcessEngineServices()}",
      "${stageSla.due(execution, 'RED').toString()}",
      "${stageSla.calendar}",
      "${stageSla.due(execution.getId(), 'RED')}",
      "${currentUserGroups()}",
      "${list[0]}",
      "${x = 1}",
      "${(x -> x)}",
      "${decisionResult.getSingleResult().getClass()}"})
  void refusesEverythingElse(String expression) {
    assertThat(policy.violations(expression)).hasSize(1);
  }

  @Test
  void findsEveryExpressionInAText() {
    assertThat(policy.violations("${owner} and ${a.b()} and #{c.d()}")).hasSize(2);
  }
}
