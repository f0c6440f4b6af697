package com.salesflow.notification;

import java.time.Instant;

/** A notice for one recipient on one channel: a row of the outbox. */
record OutboxNotice(
    Long id,
    String idempotencyKey,
    String recipientId,
    Channel channel,
    String subject,
    String body,
    String link,
    NoticeStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    Instant readAt) {

  static OutboxNotice of(Notice notice, Channel channel, Instant now) {
    boolean inbox = channel == Channel.INBOX;
    return new OutboxNotice(null,
        notice.key() + ":" + notice.recipientId() + ":" + channel.name().toLowerCase(),
        notice.recipientId(), channel, notice.subject(), notice.body(), notice.link(),
        inbox ? NoticeStatus.SENT : NoticeStatus.PENDING, 0, inbox ? null : now, null, now,
        inbox ? now : null, null);
  }
}
