package com.salesflow.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * SLA timer firing: deals whose yellow and red timers are already due, drained by the job executor.
 * On Salesflow each firing records the level, raises the task's priority and writes the notices to
 * the outbox; on the bare engine the same boundary timers fire into their end events. The job
 * executor is stopped while the deals are opened, so the clock starts when it starts, and it stops
 * at the last firing's entry in the job log. Polling for the end is slow on purpose: the count of
 * due jobs is a query over every job, and asked every few milliseconds it took a fifth of the CPU
 * from the side under measurement.
 */
final class TimerFiringBenchmark {

  record Result(long jobs, double perSecond, long failedJobs) {}

  /** Long enough ago that red (at most 15 working days) is due now, holidays included. */
  private static final Duration OPENED_AGO = Duration.ofDays(40);

  private final BenchDeals deals;
  private final ManagementService management;
  private final HistoryService history;
  private final JobExecutor executor;

  TimerFiringBenchmark(BenchDeals deals, ManagementService management, HistoryService history,
      JobExecutor executor) {
    this.deals = deals;
    this.management = management;
    this.history = history;
    this.executor = executor;
  }

  Result salesflow(int dealCount) throws InterruptedException {
    executor.shutdown();
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(OPENED_AGO)));
    try {
      for (int i = 0; i < dealCount; i++) {
        deals.salesflowDeal(false);
      }
    } finally {
      ClockUtil.reset();
    }
    return drain(BenchDeals.PIPELINE);
  }

  Result bare(int dealCount) throws InterruptedException {
    executor.shutdown();
    for (int i = 0; i < dealCount; i++) {
      deals.bareDeal(Duration.ofDays(-10), Duration.ofDays(-5), false);
    }
    return drain(BareDiagram.KEY);
  }

  private Result drain(String processKey) throws InterruptedException {
    long due = dueJobs(processKey);
    Date start = ClockUtil.getCurrentTime();
    executor.start();
    while (dueJobs(processKey) > 0) {
      Thread.sleep(250);
    }
    double seconds = (lastFiring(processKey).getTime() - start.getTime()) / 1e3;
    long failed = management.createJobQuery().processDefinitionKey(processKey).noRetriesLeft()
        .count();
    return new Result(due, due / seconds, failed);
  }

  private Date lastFiring(String processKey) {
    return history.createHistoricJobLogQuery().processDefinitionKey(processKey).successLog()
        .orderByTimestamp().desc().listPage(0, 1).get(0).getTimestamp();
  }

  private long dueJobs(String processKey) {
    return management.createJobQuery().processDefinitionKey(processKey).timers().executable()
        .count();
  }
}
