package com.salesflow.calendar;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.VersionTag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over HTTP. Any logged-in user may read it and ask working-day questions;
 * only members of {@code camunda-admin} may replace a year. A year's answer carries its version
 * as an ETag, and a replacement sent with a stale {@code If-Match} is refused with 409.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 9999;

  private final CalendarAdministration administration;
  private final WorkingCalendar calendar;

  CalendarController(CalendarAdministration administration, WorkingCalendar calendar) {
    this.administration = administration;
    this.calendar = calendar;
  }

  @GetMapping("/years")
  List<CalendarYear> years() {
    return administration.years();
  }

  @GetMapping("/{year}")
  ResponseEntity<YearArrangement> get(@PathVariable int year) {
    return withEtag(administration.arrangement(year));
  }

  @PutMapping("/{year}")
  @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
  ResponseEntity<YearArrangement> replace(@PathVariable int year,
      @RequestBody ArrangementInput input,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication caller) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException("year",
          "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    List<CalendarDay> days = input.validatedFor(year);
    Integer expected = VersionTag.fromIfMatch(ifMatch, "year");
    return withEtag(administration.replace(year, days, expected, caller.getName()));
  }

  @GetMapping("/working-days")
  WorkingDaysAnswer workingDays(@RequestParam Instant from, @RequestParam int days) {
    if (days < 0) {
      throw new InvalidInputException("days", "must be 0 or more");
    }
    return new WorkingDaysAnswer(from, days, calendar.plusWorkingDays(from, days));
  }

  @GetMapping("/working-time")
  WorkingTimeAnswer workingTime(@RequestParam Instant from, @RequestParam Instant to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    Duration time = calendar.workingTimeBetween(from, to);
    return new WorkingTimeAnswer(from, to, time.toString(), time.toSeconds());
  }

  private static ResponseEntity<YearArrangement> withEtag(YearArrangement arrangement) {
    return ResponseEntity.ok().eTag(VersionTag.of(arrangement.version())).body(arrangement);
  }

  record WorkingDaysAnswer(Instant from, int days, Instant due) {}

  record WorkingTimeAnswer(Instant from, Instant to, String workingTime, long workingSeconds) {}
}
