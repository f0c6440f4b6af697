package com.salesflow.clock;

import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The time the engine runs on, which a rehearsal may move ahead: the clock keeps ticking from the
 * new instant, and the job executor is woken so that timers due by then fire. The offset belongs to
 * this JVM; on several nodes each must be moved.
 */
@Service
class EngineClock {

  private static final Logger log = LoggerFactory.getLogger(EngineClock.class);

  private final ProcessEngine engine;

  EngineClock(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  boolean isAdjusted() {
    return Math.abs(now().toEpochMilli() - System.currentTimeMillis()) > 1000;
  }

  void moveTo(Instant instant) {
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
    log.warn("Engine clock moved to {}", instant);
    wakeJobExecutor();
  }

  void reset() {
    ClockUtil.reset();
    log.warn("Engine clock back to real time");
  }

  private void wakeJobExecutor() {
    JobExecutor jobs =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobs != null && jobs.isActive()) {
      jobs.jobWasAdded();
    }
  }
}
