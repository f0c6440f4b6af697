package com.salesflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP load on loopback: concurrent API clients, each a sales rep working deal after deal for a
 * fixed time: open it, fill its fields, attach the letter, then five times read it, read the rep's
 * list and advance it. With no think time the clients send each request as soon as the last is
 * answered, which measures how much the application can serve; with think time they pause after
 * each answer, as people and integrations do, each for a random share of it so that they do not
 * send in step. Every answer other than 2xx counts as an error.
 */
final class HttpLoadBenchmark {

  record Result(long requests, double perSecond, double p50, double p99, long errors,
      long transitions) {}

  private static final List<String> REPS = List.of("lilei", "hanmeimei");

  private final int port;

  HttpLoadBenchmark(int port) {
    this.port = port;
  }

  Result run(int clients, Duration duration, Duration thinkTime) throws Exception {
    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    AtomicLong transitions = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      LoadClient client = new LoadClient(port, REPS.get(c % REPS.size()), thinkTime,
          latencies, errors);
      done.add(pool.submit(() -> {
        client.think(ThreadLocalRandom.current().nextDouble());
        while (System.nanoTime() < deadline) {
          transitions.addAndGet(client.workOneDeal());
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(latencies.count(), latencies.count() / seconds,
        latencies.percentileMillis(50), latencies.percentileMillis(99), errors.get(),
        transitions.get());
  }
}
