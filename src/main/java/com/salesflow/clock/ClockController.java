package com.salesflow.clock;

import com.salesflow.shared.InvalidInputException;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel for rehearsals and tests: an administrator sets the engine clock and SLA timers due
 * by then fire; moving it back undoes nothing that already fired, and DELETE returns to real time.
 * Only where {@code salesflow.clock.adjustable} is true (the embedded demo default); production
 * refuses it.
 */
@RestController
@RequestMapping("/api/admin/clock")
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
class ClockController {

  private final EngineClock clock;
  private final boolean adjustable;

  ClockController(EngineClock clock, @Value("${salesflow.clock.adjustable:false}") boolean adjustable) {
    this.clock = clock;
    this.adjustable = adjustable;
  }

  @GetMapping
  ClockView get() {
    return view();
  }

  @PutMapping
  ResponseEntity<?> move(@RequestBody MoveRequest request) {
    if (!adjustable) {
      return notAdjustable();
    }
    if (request.now() == null) {
      throw new InvalidInputException("now", "is required, as an ISO-8601 instant");
    }
    clock.moveTo(request.now());
    return ResponseEntity.ok(view());
  }

  @DeleteMapping
  ResponseEntity<?> reset() {
    if (!adjustable) {
      return notAdjustable();
    }
    clock.reset();
    return ResponseEntity.ok(view());
  }

  private ClockView view() {
    return new ClockView(clock.now(), clock.isAdjusted(), adjustable);
  }

  private static ResponseEntity<ProblemDetail> notAdjustable() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.FORBIDDEN, "The clock is not adjustable here (salesflow.clock.adjustable)"));
  }

  record MoveRequest(Instant now) {}

  record ClockView(Instant now, boolean adjusted, boolean adjustable) {}
}
