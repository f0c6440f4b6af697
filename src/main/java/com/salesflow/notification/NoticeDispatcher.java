package com.salesflow.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Each node polls for due notices and is woken early when a transaction posts
 * some. A notice is claimed with a conditional update before each attempt, so two nodes never send
 * it at once; a node that dies mid-attempt lets its claim lapse and another node takes over.
 * Failures wait with doubling backoff; after the last allowed attempt the notice is parked.
 */
@Component
class NoticeDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);
  private static final int BATCH = 50;

  private final NoticeMapper notices;
  private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
  private final NotificationProperties.Outbox policy;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();
  private ScheduledExecutorService executor;

  NoticeDispatcher(NoticeMapper notices, List<ChannelSender> senders,
      NotificationProperties properties, Clock clock) {
    this.notices = notices;
    senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    this.policy = properties.outbox();
    this.clock = clock;
  }

  /** Asks for a delivery round soon, after a transaction committed new notices. */
  void wake() {
    if (running.get()) {
      executor.execute(this::poll);
    }
  }

  /** Delivers every notice that is due now; returns how many attempts it made. */
  int deliverDue() {
    int attempts = 0;
    List<Long> due;
    do {
      due = notices.findDueIds(clock.instant(), BATCH);
      for (Long id : due) {
        if (attempt(id)) {
          attempts++;
        }
      }
    } while (due.size() == BATCH && running.get());
    return attempts;
  }

  private boolean attempt(long id) {
    Instant now = clock.instant();
    if (notices.claim(id, now, now.plus(policy.claim())) == 0) {
      return false;
    }
    OutboxNotice notice = notices.findById(id).orElseThrow();
    ChannelSender sender = senders.get(notice.channel());
    try {
      if (sender == null) {
        throw new DeliveryException("no sender for channel " + notice.channel());
      }
      sender.deliver(notice);
      notices.markSent(id, clock.instant());
      log.info("Notice {} delivered on {} to {}", notice.idempotencyKey(), notice.channel(),
          notice.recipientId());
    } catch (RuntimeException e) {
      failed(notice, e);
    }
    return true;
  }

  private void failed(OutboxNotice notice, RuntimeException e) {
    String error = abbreviate(e.getMessage() == null ? e.toString() : e.getMessage());
    if (notice.attempts() >= policy.maxAttempts()) {
      notices.markFailed(notice.id(), error);
      log.error("Notice {} parked as failed after {} attempts on {}: {}",
          notice.idempotencyKey(), notice.attempts(), notice.channel(), error);
      return;
    }
    Duration wait = policy.firstBackoff().multipliedBy(1L << (notice.attempts() - 1));
    notices.markRetry(notice.id(), clock.instant().plus(wait), error);
    log.warn("Notice {} not delivered on {} (attempt {}), retrying in {}: {}",
        notice.idempotencyKey(), notice.channel(), notice.attempts(), wait, error);
  }

  private static String abbreviate(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  private void poll() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      log.error("Outbox delivery round failed; the next round will try again", e);
    }
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "notice-dispatcher"));
    running.set(true);
    long every = policy.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running.set(false);
    executor.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running.get();
  }
}
