package com.salesflow.calendar;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Health component {@code timeZone}: the JVM's zone, the working calendar's and whether the job
 * executor runs. It is DOWN when the zones differ, because then {@link JobExecutorZoneGuard} kept
 * the job executor from starting and no timer fires on this node: monitoring sees the node as
 * broken although it still answers requests.
 */
@Component
class TimeZoneHealthIndicator implements HealthIndicator {

  private final CalendarProperties properties;
  private final ProcessEngine engine;

  TimeZoneHealthIndicator(CalendarProperties properties, @Lazy ProcessEngine engine) {
    this.properties = properties;
    this.engine = engine;
  }

  @Override
  public Health health() {
    ZoneAgreement agreement = ZoneAgreement.ofThisJvm(properties.zone());
    Health.Builder health = agreement.holds() ? Health.up()
        : Health.down().withDetail("error", agreement.problem());
    return health
        .withDetail("jvmZone", agreement.jvm().getId())
        .withDetail("calendarZone", agreement.calendar().getId())
        .withDetail("jobExecutor", jobExecutorRuns() ? "running" : "not started")
        .build();
  }

  private boolean jobExecutorRuns() {
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    return jobs != null && jobs.isActive();
  }
}
