package com.salesflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.pipeline.OpportunityService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs every benchmark in one application on one database and prints the table. With the default
 * sizes it is a smoke run of {@code mvn verify} that checks the figures are sane and nothing
 * failed; {@code mvn verify -Pbench} runs the documented sizes (see docs/performance.md). No
 * assertion is about speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Its own engine name, or engine REST in the other tests' contexts would find this engine.
    "camunda.bpm.process-engine-name=benchmark",
    // Notices go to the in-app inbox only: no robot stand-ins are running during a benchmark.
    "salesflow.notification.channels.teams.east-1=INBOX",
    "salesflow.notification.channels.users.zhangwei=INBOX"})
@TestMethodOrder(OrderAnnotation.class)
class BenchmarksIT {

  private static final BenchmarkSizes SIZES = BenchmarkSizes.fromSystemProperties();
  private static final int[] THREADS = {1, 2};
  /** The HTTP clients' pause after each answer in the second, paced HTTP load. */
  private static final Duration THINK_TIME = Duration.ofMillis(500);
  private static BenchmarkTable table;

  @LocalServerPort
  private int port;

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private OpportunityService opportunities;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private DataSource dataSource;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", BenchmarkDatabase::freshUrl);
  }

  @Test
  @Order(1)
  void stageTransitionsRunThroughSalesflowAndTheBareEngine() throws Exception {
    startTable();
    BareDiagram.deploy(engine.getRepositoryService());
    BenchPipeline.deploy(engine.getRepositoryService());
    TransitionBenchmark benchmark = new TransitionBenchmark(deals(), engine.getTaskService());
    // This is the first benchmark in a fresh JVM: warm both sides long enough for the JIT to
    // compile the transition path, or the first measured runs time the compiler.
    for (int threads : THREADS) {
      benchmark.salesflow(SIZES.warmupDeals(), threads);
      benchmark.bare(SIZES.warmupDeals(), threads);
    }
    Map<String, List<TransitionBenchmark.Result>> results = new LinkedHashMap<>();
    for (int run = 0; run < SIZES.runs(); run++) {
      for (int threads : THREADS) {
        // Every other run measures the bare engine first, so neither side always goes first.
        List<String> sides = run % 2 == 0
            ? List.of("salesflow", "bare")
            : List.of("bare", "salesflow");
        for (String side : sides) {
          TransitionBenchmark.Result result = side.equals("bare")
              ? benchmark.bare(SIZES.transitionDeals(), threads)
              : benchmark.salesflow(SIZES.transitionDeals(), threads);
          results.computeIfAbsent(side + threads, k -> new ArrayList<>()).add(result);
        }
      }
    }

    results.values().forEach(runs -> runs.forEach(result -> assertThat(result.transitions())
        .isEqualTo(SIZES.transitionDeals() * 5)));
    for (int threads : THREADS) {
      List<TransitionBenchmark.Result> salesflow = results.get("salesflow" + threads);
      List<TransitionBenchmark.Result> bare = results.get("bare" + threads);
      String name = "stage transitions, " + threads + (threads == 1 ? " thread" : " threads");
      compare(name, "transitions/s", salesflow, bare, TransitionBenchmark.Result::perSecond);
      compare(name, "p50 ms", salesflow, bare, TransitionBenchmark.Result::p50);
      compare(name, "p95 ms", salesflow, bare, TransitionBenchmark.Result::p95);
      compare(name, "p99 ms", salesflow, bare, TransitionBenchmark.Result::p99);
    }
  }

  @Test
  @Order(2)
  void dueSlaTimersAreDrainedIntoOutboxNotices() throws Exception {
    startTable();
    BareDiagram.deploy(engine.getRepositoryService());
    BenchPipeline.deploy(engine.getRepositoryService());
    TimerFiringBenchmark benchmark = new TimerFiringBenchmark(deals(),
        engine.getManagementService(), engine.getHistoryService(),
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor());
    // The firing path's code is compiled by the JIT during the first drain; warm both sides so
    // that whichever is measured first does not pay for it.
    benchmark.salesflow(SIZES.timerWarmupDeals());
    benchmark.bare(SIZES.timerWarmupDeals());
    List<TimerFiringBenchmark.Result> salesflow = new ArrayList<>();
    List<TimerFiringBenchmark.Result> bare = new ArrayList<>();
    for (int run = 0; run < SIZES.runs(); run++) {
      // Every other run measures the bare engine first, on the smaller database.
      if (run % 2 == 1) {
        bare.add(benchmark.bare(SIZES.timerDeals()));
      }
      long noticesBefore = notices();
      salesflow.add(benchmark.salesflow(SIZES.timerDeals()));
      // Red tells the owner and the supervisor; yellow tells the owner unless red came first.
      assertThat(notices() - noticesBefore)
          .isBetween(2L * SIZES.timerDeals(), 3L * SIZES.timerDeals());
      if (run % 2 == 0) {
        bare.add(benchmark.bare(SIZES.timerDeals()));
      }
    }

    for (TimerFiringBenchmark.Result result : concat(salesflow, bare)) {
      assertThat(result.jobs()).isEqualTo(2L * SIZES.timerDeals());
      assertThat(result.failedJobs()).isZero();
    }
    compare("SLA timers, N=" + SIZES.timerDeals() + " deals", "jobs/s", salesflow, bare,
        TimerFiringBenchmark.Result::perSecond);
  }

  @Test
  @Order(3)
  void apiClientsMixingReadsAndTransitionsGetNoErrors() throws Exception {
    startTable();
    BenchPipeline.deploy(engine.getRepositoryService());
    HttpLoadBenchmark benchmark = new HttpLoadBenchmark(port);
    benchmark.run(SIZES.httpClients(), Duration.ofSeconds(Math.max(1, SIZES.httpSeconds() / 5)),
        Duration.ZERO);
    for (Duration thinkTime : List.of(Duration.ZERO, THINK_TIME)) {
      List<HttpLoadBenchmark.Result> runs = new ArrayList<>();
      for (int run = 0; run < SIZES.runs(); run++) {
        runs.add(benchmark.run(SIZES.httpClients(), Duration.ofSeconds(SIZES.httpSeconds()),
            thinkTime));
      }

      runs.forEach(result -> {
        assertThat(result.errors()).as("errors").isZero();
        assertThat(result.transitions()).isPositive();
      });
      String name = "HTTP, " + SIZES.httpClients() + " clients, "
          + (thinkTime.isZero() ? "no pause" : thinkTime.toMillis() + " ms pause") + ", "
          + SIZES.httpSeconds() + " s";
      alone(name, "requests/s", runs, HttpLoadBenchmark.Result::perSecond);
      alone(name, "transitions/s", runs, r -> r.transitions() / (double) SIZES.httpSeconds());
      alone(name, "p50 ms", runs, HttpLoadBenchmark.Result::p50);
      alone(name, "p99 ms", runs, HttpLoadBenchmark.Result::p99);
      alone(name, "errors", runs, r -> r.errors());
    }
  }

  @Test
  @Order(4)
  void packagedJarStartsHealthyAndStaysSmallUnderLoad() throws Exception {
    startTable();
    Path workDir = Files.createTempDirectory("salesflow-bench-start");
    Path jar = StartupBenchmark.packagedJar(Path.of("target")).toAbsolutePath();
    StartupBenchmark benchmark = new StartupBenchmark(jar, workDir);
    startup("embedded H2", benchmark, List.of(), Map.of());
    if (BenchmarkDatabase.onMysql()) {
      startup("MySQL", benchmark, List.of("--spring.profiles.active=mysql"), Map.of(
          "SALESFLOW_DB_URL", BenchmarkDatabase.freshMysqlUrl("bench_start"),
          "SALESFLOW_DEMO", "true"));
    }
  }

  private void startup(String database, StartupBenchmark benchmark, List<String> arguments,
      Map<String, String> environment) throws Exception {
    List<StartupBenchmark.Result> runs = new ArrayList<>();
    for (int run = 0; run < SIZES.startupRuns(); run++) {
      runs.add(benchmark.measure(arguments, environment, SIZES.httpClients(),
          Duration.ofSeconds(SIZES.startupLoadSeconds())));
    }
    runs.forEach(result -> {
      assertThat(result.startSeconds()).isPositive();
      assertThat(result.rssMegabytes()).isPositive();
      assertThat(result.loadErrors()).isZero();
    });
    String name = "packaged jar, " + database;
    alone(name, "first start to UP, s (empty database)", runs.subList(0, 1),
        StartupBenchmark.Result::startSeconds);
    if (runs.size() > 1) {
      alone(name, "cold start to UP, s", runs.subList(1, runs.size()),
          StartupBenchmark.Result::startSeconds);
    }
    alone(name, "RSS after load, MB", runs, StartupBenchmark.Result::rssMegabytes);
  }

  @AfterAll
  static void printTable() throws Exception {
    if (table != null) {
      System.out.println(table.markdown());
      table.write(Path.of("target", "benchmark-results.md"));
    }
  }

  private void startTable() throws Exception {
    if (table == null) {
      table = new BenchmarkTable(databaseName() + ", sizes " + SIZES);
    }
  }

  private String databaseName() throws Exception {
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      return metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
    }
  }

  private BenchDeals deals() {
    return new BenchDeals(opportunities, engine.getRuntimeService(), jdbc);
  }

  private long notices() {
    return jdbc.queryForObject("select count(*) from notice", Long.class);
  }

  private static <T> void compare(String benchmark, String measure, List<T> salesflow,
      List<T> bare, ToDoubleFunction<T> value) {
    table.compared(benchmark, measure, values(salesflow, value), values(bare, value));
  }

  private static <T> void alone(String benchmark, String measure, List<T> runs,
      ToDoubleFunction<T> value) {
    table.alone(benchmark, measure, values(runs, value));
  }

  private static <T> List<Double> values(List<T> runs, ToDoubleFunction<T> value) {
    return runs.stream().map(value::applyAsDouble).toList();
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }
}
