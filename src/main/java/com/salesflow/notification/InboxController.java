package com.salesflow.notification;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app inbox: their notices, newest first, and marking one as read. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

  private static final int MAX_LIMIT = 200;

  private final NoticeMapper notices;
  private final Clock clock;

  InboxController(NoticeMapper notices, Clock clock) {
    this.notices = notices;
    this.clock = clock;
  }

  @GetMapping
  List<InboxEntry> inbox(Principal caller,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return notices.findInbox(caller.getName(), unread, limit).stream().map(InboxEntry::of).toList();
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(@PathVariable long id, Principal caller) {
    boolean marked = notices.markRead(id, caller.getName(), clock.instant()) == 1;
    boolean readBefore = notices.findById(id)
        .filter(n -> n.channel() == Channel.INBOX && n.recipientId().equals(caller.getName()))
        .isPresent();
    if (!marked && !readBefore) {
      throw new NotFoundException("Notice", String.valueOf(id));
    }
    return ResponseEntity.noContent().build();
  }

  /** A notice as its recipient sees it. */
  record InboxEntry(long id, String subject, String body, String link, Instant createdAt,
      Instant readAt) {

    static InboxEntry of(OutboxNotice notice) {
      return new InboxEntry(notice.id(), notice.subject(), notice.body(), notice.link(),
          notice.createdAt(), notice.readAt());
    }
  }
}
