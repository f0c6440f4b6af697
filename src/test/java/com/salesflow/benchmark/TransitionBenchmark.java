package com.salesflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Stage transitions: completing the five stage tasks of deals, through Salesflow's listeners (gate,
 * stage history, SLA timers of the next stage) or on the bare engine, with one or more threads.
 * Only {@code TaskService.complete} is timed per transition; throughput is transitions over the
 * wall time of the whole run, task look-ups included on both sides alike.
 */
final class TransitionBenchmark {

  record Result(int transitions, double perSecond, double p50, double p95, double p99) {}

  private static final Duration FAR = Duration.ofDays(3650);

  private final BenchDeals deals;
  private final TaskService tasks;

  TransitionBenchmark(BenchDeals deals, TaskService tasks) {
    this.deals = deals;
    this.tasks = tasks;
  }

  Result salesflow(int dealCount, int threads) throws Exception {
    return run(open(dealCount, () -> deals.salesflowDeal(true)), threads);
  }

  Result bare(int dealCount, int threads) throws Exception {
    return run(open(dealCount, () -> deals.bareDeal(FAR, FAR.plusDays(1), true)), threads);
  }

  private static List<String> open(int count, Supplier<String> deal) {
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      instances.add(deal.get());
    }
    return instances;
  }

  private Result run(List<String> instances, int threads) throws Exception {
    Latencies latencies = new Latencies();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<String> share = share(instances, t, threads);
      done.add(pool.submit(() -> share.forEach(instance -> completeAll(instance, latencies))));
    }
    for (Future<?> future : done) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(latencies.count(), latencies.count() / seconds,
        latencies.percentileMillis(50), latencies.percentileMillis(95),
        latencies.percentileMillis(99));
  }

  private void completeAll(String instance, Latencies latencies) {
    Task task = next(instance);
    while (task != null) {
      long before = System.nanoTime();
      tasks.complete(task.getId());
      latencies.add(System.nanoTime() - before);
      task = next(instance);
    }
  }

  private Task next(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static List<String> share(List<String> all, int thread, int threads) {
    List<String> share = new ArrayList<>();
    for (int i = thread; i < all.size(); i += threads) {
      share.add(all.get(i));
    }
    return share;
  }
}
