package com.salesflow.dispatch;

/** Where a customer request stands. */
public enum RequestStatus {
  /** Routed to its handling team, not closed yet. */
  OPEN,
  /** Handled, with its deliverable attached. */
  DONE,
  /** The deal's process ended before the request was handled. */
  CANCELLED
}
