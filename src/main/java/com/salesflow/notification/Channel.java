package com.salesflow.notification;

/** Where a notice reaches people. The in-app inbox is written at once; the others by the outbox. */
enum Channel {
  INBOX,
  WECOM,
  DINGTALK,
  EMAIL
}
