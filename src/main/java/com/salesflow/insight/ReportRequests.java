package com.salesflow.insight;

import com.salesflow.access.Reach;
import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns a report's request parameters into a checked query: a period of whole days, a deployed
 * pipeline, team and owner filters the caller may see, and the caller's visibility.
 */
@Component
class ReportRequests {

  private static final int MAX_ID_LENGTH = 64;

  private final WorkingCalendar calendar;
  private final PipelineStages pipelines;
  private final Visibility visibility;

  ReportRequests(WorkingCalendar calendar, PipelineStages pipelines, Visibility visibility) {
    this.calendar = calendar;
    this.pipelines = pipelines;
    this.visibility = visibility;
  }

  ReportPeriod period(LocalDate from, LocalDate to) {
    return ReportPeriod.of(from, to, LocalDate.ofInstant(now(), calendar.zone()), calendar.zone());
  }

  ReportQuery query(ReportPeriod period, Filters filters, Authentication caller) {
    String pipeline = filters.pipeline() == null ? null : knownPipeline(filters.pipeline());
    String team = optionalId("team", filters.team());
    String owner = optionalId("owner", filters.owner());
    Reach viewer = visibility.of(caller);
    visibility.check(viewer, team, owner);
    return of(period, pipeline, team, owner, viewer);
  }

  /** A query with no caller to narrow it, for reports the system sends on its own. */
  ReportQuery unrestricted(ReportPeriod period, String team) {
    return of(period, null, team, null, Reach.EVERYONE);
  }

  String requirePipeline(String pipeline) {
    if (pipeline == null) {
      throw new InvalidInputException("pipeline", "is required");
    }
    return knownPipeline(pipeline);
  }

  private ReportQuery of(ReportPeriod period, String pipeline, String team, String owner,
      Reach viewer) {
    int offsetMinutes = calendar.zone().getRules().getOffset(period.start()).getTotalSeconds() / 60;
    return new ReportQuery(period.start(), period.end(), pipeline, team, owner, viewer,
        offsetMinutes, now(), null, null);
  }

  private String knownPipeline(String pipeline) {
    String key = Validation.requireText("pipeline", pipeline, MAX_ID_LENGTH);
    if (pipelines.of(key).isEmpty()) {
      throw new InvalidInputException("pipeline", "no pipeline '" + key + "' is deployed");
    }
    return key;
  }

  private static String optionalId(String parameter, String value) {
    return value == null || value.isBlank()
        ? null
        : Validation.requireText(parameter, value, MAX_ID_LENGTH);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The filters every report takes; each may be absent. */
  record Filters(String pipeline, String team, String owner) {}
}
