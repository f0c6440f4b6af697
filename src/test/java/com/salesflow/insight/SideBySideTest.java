package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class SideBySideTest {

  private final SideBySide sideBySide = new SideBySide();

  @AfterEach
  void stop() {
    sideBySide.destroy();
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void runsTheStatementOnAHelperThreadOutsideATransaction() {
    String thread = sideBySide.start(() -> Thread.currentThread().getName()).get();

    assertThat(thread).startsWith("report-");
  }

  @Test
  void runsTheStatementOnTheCallersThreadInsideATransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(true);

    String thread = sideBySide.start(() -> Thread.currentThread().getName()).get();

    assertThat(thread).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void handsTheCallerTheStatementsOwnFailure() {
    SideBySide.Pending<Object> failed = sideBySide.start(() -> {
      throw new QueryTimeoutException("cancelled by the statement timeout");
    });

    assertThatThrownBy(failed::get).isInstanceOf(QueryTimeoutException.class)
        .hasMessage("cancelled by the statement timeout");
  }
}
