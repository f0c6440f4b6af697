package com.salesflow.notification;

/** Where a notice stands in the outbox. */
enum NoticeStatus {
  /** Waiting for its next delivery attempt. */
  PENDING,
  /** Claimed by a node that is delivering it; the claim lapses if that node dies. */
  SENDING,
  /** Delivered (inbox notices are delivered when written). */
  SENT,
  /** Parked after its last allowed attempt, until an operator retries it. */
  FAILED
}
