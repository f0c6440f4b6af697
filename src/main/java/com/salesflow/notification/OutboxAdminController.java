package com.salesflow.notification;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For operators: the notices in a given state (parked ones above all) and retrying one. */
@RestController
@RequestMapping("/api/admin/notices")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class OutboxAdminController {

  private final NoticeMapper notices;
  private final NoticeDispatcher dispatcher;
  private final Clock clock;

  OutboxAdminController(NoticeMapper notices, NoticeDispatcher dispatcher, Clock clock) {
    this.notices = notices;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  @GetMapping
  List<OutboxNotice> list(@RequestParam(defaultValue = "FAILED") NoticeStatus status) {
    return notices.findByStatus(status, 200);
  }

  @PostMapping("/{id}/retry")
  OutboxNotice retry(@PathVariable long id) {
    OutboxNotice notice = notices.findById(id)
        .orElseThrow(() -> new NotFoundException("Notice", String.valueOf(id)));
    if (notices.requeue(id, clock.instant()) == 0) {
      throw new ConflictException("Notice " + id + " is " + notice.status()
          + "; only a FAILED notice can be retried");
    }
    dispatcher.wake();
    return notices.findById(id).orElseThrow();
  }
}
