package com.salesflow.notification;

import com.salesflow.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way Salesflow tells people something. A notice is written to the outbox in the caller's
 * transaction, once per channel that reaches the recipient, so it exists exactly when the event
 * that caused it does; delivery happens after commit and can never hold up or undo that event.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private final NoticeMapper notices;
  private final ChannelRoutes routes;
  private final NoticeDispatcher dispatcher;
  private final Clock clock;

  Notifications(NoticeMapper notices, ChannelRoutes routes, NoticeDispatcher dispatcher,
      Clock clock) {
    this.notices = notices;
    this.routes = routes;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * Posts {@code notice} on every channel of its recipient. Posting the same notice again (same
   * key and recipient) adds nothing, whichever node or retried job does it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void post(Notice notice) {
    Validation.requireText("recipientId", notice.recipientId(), 64);
    Instant now = clock.instant();
    boolean toDeliver = false;
    for (Channel channel : routes.channelsOf(notice.recipientId())) {
      OutboxNotice written = OutboxNotice.of(notice, channel, now);
      toDeliver |= insertOnce(written) && written.status() == NoticeStatus.PENDING;
    }
    if (toDeliver) {
      wakeDispatcherAfterCommit();
    }
  }

  /** Inbox notices are delivered when written; only the others need the dispatcher. */
  private void wakeDispatcherAfterCommit() {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        dispatcher.wake();
      }
    });
  }

  private boolean insertOnce(OutboxNotice notice) {
    try {
      if (notices.insertIfAbsent(notice) == 1) {
        return true;
      }
      log.info("Notice {} was posted before; not posting it again", notice.idempotencyKey());
    } catch (DuplicateKeyException e) {
      log.info("Notice {} was posted by another node at the same moment", notice.idempotencyKey());
    }
    return false;
  }
}
