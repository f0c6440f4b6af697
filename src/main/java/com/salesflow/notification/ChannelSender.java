package com.salesflow.notification;

/** Delivers outbox notices on one outside channel. */
interface ChannelSender {

  Channel channel();

  /**
   * Delivers the notice or throws {@link DeliveryException} saying why not; a failure is retried
   * later, so a sender never retries by itself.
   */
  void deliver(OutboxNotice notice);
}
