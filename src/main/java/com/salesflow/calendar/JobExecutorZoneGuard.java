package com.salesflow.calendar;

import java.time.ZoneId;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Camunda's job executor from starting when the JVM's time zone differs from
 * {@code salesflow.calendar.zone}: SLA timers and cron timers would fire at the wrong hour. It
 * decides before the application context is built and switches the starter's own
 * {@code camunda.bpm.job-execution.enabled} off, so no job executor exists to be started. The node
 * still answers requests; it logs an ERROR naming both zones and the fix, and the
 * {@code timeZone} health component is DOWN ({@link TimeZoneHealthIndicator}).
 */
class JobExecutorZoneGuard implements EnvironmentPostProcessor {

  static final String JOB_EXECUTION_ENABLED = "camunda.bpm.job-execution.enabled";

  private final Log log;

  JobExecutorZoneGuard(DeferredLogFactory logs) {
    this.log = logs.getLog(JobExecutorZoneGuard.class);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment,
      SpringApplication application) {
    ZoneId calendar = Binder.get(environment).bind("salesflow.calendar.zone", ZoneId.class)
        .orElseGet(() -> ZoneId.of(CalendarProperties.DEFAULT_ZONE));
    ZoneAgreement agreement = ZoneAgreement.ofThisJvm(calendar);
    if (!agreement.holds()) {
      log.error(agreement.problem());
      environment.getPropertySources().addFirst(new MapPropertySource("salesflowZoneGuard",
          Map.of(JOB_EXECUTION_ENABLED, "false")));
    }
  }
}
