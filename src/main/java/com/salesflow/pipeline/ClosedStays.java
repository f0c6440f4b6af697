package com.salesflow.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The deals whose stay in a stage the current transaction closed and that have not entered another
 * stage since: for them it is known without a query that no stay is open. A stage's SLA timers are
 * created just before its entry is recorded, so this spares their due dates a read on every
 * transition. Outside a transaction nothing is known and every question is answered "unknown".
 */
final class ClosedStays {

  private ClosedStays() {}

  static void closed(String opportunityId) {
    Set<String> closed = ofTransaction();
    if (closed != null) {
      closed.add(opportunityId);
    }
  }

  static void entered(String opportunityId) {
    Set<String> closed = ofTransaction();
    if (closed != null) {
      closed.remove(opportunityId);
    }
  }

  /** True only when this transaction closed the deal's stay and it has entered no stage since. */
  static boolean knownClosed(String opportunityId) {
    Set<String> closed = ofTransaction();
    return closed != null && closed.contains(opportunityId);
  }

  /** The set kept among the transaction's synchronizations, which a nested one does not see. */
  private static Set<String> ofTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (var each : TransactionSynchronizationManager.getSynchronizations()) {
      if (each instanceof InTransaction closed) {
        return closed.opportunityIds;
      }
    }
    InTransaction closed = new InTransaction();
    TransactionSynchronizationManager.registerSynchronization(closed);
    return closed.opportunityIds;
  }

  private static final class InTransaction implements TransactionSynchronization {
    private final Set<String> opportunityIds = new HashSet<>();
  }
}
