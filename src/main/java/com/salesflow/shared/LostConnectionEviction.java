package com.salesflow.shared;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/**
 * Tells the connection pool to drop a connection as soon as its driver reports it lost, so that
 * it is never lent again. The pool recognises a lost connection by its SQLSTATE (class 08), which
 * MySQL's driver uses; H2's client reports one with JDBC's connection exception classes and codes
 * of its own, and without this its broken connections would go back into the pool and fail the
 * next request or two after the database returns.
 */
public class LostConnectionEviction implements SQLExceptionOverride {

  // The interface's nested Override enum hides java.lang.Override in this class.
  @java.lang.Override
  public Override adjudicate(SQLException failure) {
    return failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLRecoverableException ? Override.MUST_EVICT
        : Override.CONTINUE_EVICT;
  }
}
