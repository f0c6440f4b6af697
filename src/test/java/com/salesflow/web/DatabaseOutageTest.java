package com.salesflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures count as the database being out of reach, as drivers and layers report them. */
class DatabaseOutageTest {

  @Test
  void countsThePoolGivingUpWaitingForAConnection() {
    SQLTransientConnectionException timeout = new SQLTransientConnectionException(
        "HikariPool-1 - Connection is not available, request timed out after 5000ms.",
        "08001", new ConnectException("Connection refused"));

    assertThat(DatabaseOutage.causes(new CannotCreateTransactionException(
        "Could not open JDBC Connection for transaction", timeout))).isTrue();
  }

  @Test
  void countsALostConnectionInsideTheEngine() {
    SQLRecoverableException mysql = new SQLRecoverableException("Communications link failure",
        "08S01");
    SQLNonTransientConnectionException h2 =
        new SQLNonTransientConnectionException("Connection is broken", "90067");

    assertThat(DatabaseOutage.causes(engineFailure(mysql))).isTrue();
    assertThat(DatabaseOutage.causes(new ServletException("Request processing failed",
        engineFailure(h2)))).isTrue();
  }

  @Test
  void countsAFailedRollbackAfterALostConnection() {
    TransactionSystemException rollback = new TransactionSystemException(
        "Could not roll back JDBC transaction", new SQLException("Connection is closed"));
    rollback.initApplicationException(
        engineFailure(new SQLRecoverableException("Communications link failure")));

    assertThat(DatabaseOutage.causes(rollback)).isTrue();
  }

  @Test
  void countsALostConnectionMetByACheckAfterTheDriverHidItBehindAClosedStatement() {
    ProcessEngineException completion =
        engineFailure(new SQLException("No operations allowed after statement closed."));
    completion.addSuppressed(new CannotCreateTransactionException(
        "Could not open JDBC Connection for transaction",
        new SQLRecoverableException("Communications link failure")));
    TransactionSystemException rollback = new TransactionSystemException(
        "Could not roll back JDBC transaction", new SQLException("Connection is closed"));
    rollback.initApplicationException(completion);

    assertThat(DatabaseOutage.causes(rollback)).isTrue();
  }

  @Test
  void countsAnySqlStateOfTheConnectionClass() {
    assertThat(DatabaseOutage.causes(new SQLException("gone", "08003"))).isTrue();
  }

  @Test
  void leavesOtherFailuresAlone() {
    assertThat(DatabaseOutage.causes(new DuplicateKeyException("duplicate",
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
    assertThat(DatabaseOutage.causes(new ProcessEngineException("Cannot find task"))).isFalse();
    assertThat(DatabaseOutage.causes(new TransactionSystemException("commit failed",
        new SQLException("Deadlock found", "40001")))).isFalse();
    assertThat(DatabaseOutage.causes(new IllegalStateException("bug"))).isFalse();
  }

  private static ProcessEngineException engineFailure(SQLException cause) {
    return new ProcessEngineException("An exception occurred in the persistence layer",
        new PersistenceException("### Error flushing statements", cause));
  }
}
