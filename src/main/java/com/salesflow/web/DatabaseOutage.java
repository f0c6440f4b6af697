package com.salesflow.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by a database that cannot be reached from any other, whichever layer
 * reports it: the pool giving up waiting for a connection, the driver losing its connection, or
 * MyBatis, Camunda or Spring's transactions wrapping either. When the rollback of a broken
 * transaction fails too, Spring reports the rollback and keeps the first failure aside; both count,
 * and so do failures suppressed along the way, such as the check after a failed task completion
 * ({@code engine.ConcurrentCompletion}), which meets the lost connection when the driver hid it
 * behind a closed statement.
 */
final class DatabaseOutage {

  /** SQLSTATE class 08: connection exception. */
  private static final String CONNECTION_EXCEPTION = "08";

  private DatabaseOutage() {}

  static boolean causes(Throwable failure) {
    return causes(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static boolean causes(Throwable failure, Set<Throwable> seen) {
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (isConnectionFailure(cause)) {
        return true;
      }
      if (cause instanceof TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && causes(rollback.getApplicationException(), seen)) {
        return true;
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        if (causes(suppressed, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable cause) {
    return cause instanceof CannotCreateTransactionException
        || cause instanceof DataAccessResourceFailureException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof SQLRecoverableException
        || cause instanceof SQLException sql && sql.getSQLState() != null
            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
  }
}
