package com.salesflow.lead;

import com.salesflow.access.RecordAccess;
import com.salesflow.shared.InvalidInputException;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The first-response rate of leads received in a period, per rep and team, over the reps the
 * caller reaches.
 */
@RestController
class LeadReportController {

  private final LeadMapper leads;
  private final LeadProperties properties;
  private final RecordAccess access;

  LeadReportController(LeadMapper leads, LeadProperties properties, RecordAccess access) {
    this.leads = leads;
    this.properties = properties;
    this.access = access;
  }

  @GetMapping("/api/leads/first-response-rate")
  FirstResponseRate firstResponseRate(@RequestParam Instant from, @RequestParam Instant to) {
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return FirstResponseRate.of(from, to, properties.firstResponseWindow(),
        leads.countResponses(from, to, now, access.listableOwners(null).orElse(null)));
  }
}
