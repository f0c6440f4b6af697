package com.salesflow.insight;

import com.salesflow.notification.Notifications;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The service task of weekly-health-report: last week's process-health report for each team, sent
 * to the team's supervisor. Runs in the timer job's transaction, so the notices are written exactly
 * when the job succeeds; a retried job adds nothing (one key per team and week).
 */
@Component("weeklyHealthReport")
class WeeklyHealthReports implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(WeeklyHealthReports.class);

  private final InsightMapper mapper;
  private final ReportRequests requests;
  private final ProcessHealth health;
  private final Notifications notifications;

  WeeklyHealthReports(InsightMapper mapper, ReportRequests requests, ProcessHealth health,
      Notifications notifications) {
    this.mapper = mapper;
    this.requests = requests;
    this.health = health;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportPeriod lastWeek = lastWeek();
    for (TeamSupervisor team : mapper.findTeamSupervisors()) {
      ProcessHealthReport report =
          health.report(lastWeek, requests.unrestricted(lastWeek, team.teamId()));
      notifications.post(WeeklyDigest.of(report, team.teamId(), team.supervisorId()));
      log.info("Weekly health report of team {} for {} sent to {}", team.teamId(),
          lastWeek.from(), team.supervisorId());
    }
  }

  private ReportPeriod lastWeek() {
    LocalDate today = requests.period(null, null).to();
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(1);
    return requests.period(monday, monday.plusDays(6));
  }
}
