package com.salesflow.benchmark;

/**
 * How big a benchmark run is. The defaults are the smoke sizes of {@code mvn verify}; the Maven
 * profile {@code bench} passes the documented sizes as system properties.
 */
record BenchmarkSizes(int runs, int warmupDeals, int transitionDeals, int timerWarmupDeals,
    int timerDeals, int httpClients, int httpSeconds, int startupRuns, int startupLoadSeconds) {

  static BenchmarkSizes fromSystemProperties() {
    return new BenchmarkSizes(
        Integer.getInteger("bench.runs", 1),
        Integer.getInteger("bench.warmup-deals", 2),
        Integer.getInteger("bench.transition-deals", 4),
        Integer.getInteger("bench.timer-warmup-deals", 2),
        Integer.getInteger("bench.timer-deals", 5),
        Integer.getInteger("bench.http-clients", 5),
        Integer.getInteger("bench.http-seconds", 3),
        Integer.getInteger("bench.startup-runs", 1),
        Integer.getInteger("bench.startup-load-seconds", 2));
  }
}
