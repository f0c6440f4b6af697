package com.salesflow.lead;

import com.salesflow.shared.InvalidInputException;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The first-response rate of leads received in a period, per rep and team. */
@RestController
class LeadReportController {

  private final LeadMapper leads;
  private final LeadProperties properties;

  LeadReportController(LeadMapper leads, LeadProperties properties) {
    this.leads = leads;
    this.properties = properties;
  }

  @GetMapping("/api/leads/first-response-rate")
  FirstResponseRate firstResponseRate(@RequestParam Instant from, @RequestParam Instant to) {
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return FirstResponseRate.of(from, to, properties.firstResponseWindow(),
        leads.countResponses(from, to, now));
  }
}
