package com.salesflow.reliability;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import com.salesflow.testing.SalesflowJar;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The database goes away while a rep moves a deal on: the request is answered 503 without SQL or
 * stack trace, nothing of the transition is written, and once the database answers again the
 * same application, not restarted, moves the deal on. The application runs as a process of its
 * own and reaches its database through a proxy that the test cuts: an H2 server in this JVM, or
 * on the mysql profile MariaDB at 127.0.0.1:3306 with a database of its own.
 */
class DatabaseOutageIT {

  private static final String FIRST_STAGE = "Task_TechnicalEvaluation";

  private static Database database;
  private static DatabaseProxy proxy;
  private static SalesflowJar application;
  private static ApiClient rep;

  @BeforeAll
  static void startBehindAProxy() throws Exception {
    database = Database.start();
    proxy = DatabaseProxy.to(database.host(), database.port());
    application = SalesflowJar.start("database-outage", "Asia/Shanghai",
        database.arguments().apply(proxy.port()));
    rep = ApiClient.as(application.port(), "lilei");
  }

  @AfterEach
  void databaseBack() throws IOException {
    proxy.restore();
  }

  @AfterAll
  static void stop() throws Exception {
    application.close();
    proxy.close();
    database.server().close();
  }

  @Test
  void refusesATransitionWhileTheDatabaseIsDownAndMakesItOnceItIsBack() throws IOException {
    String id = dealReadyToLeaveItsFirstStage();
    DealState before = stateOf(id);

    proxy.cut();
    Reply refused = advance(id, before.version());
    proxy.restore();

    assertRefusedCleanly(refused);
    awaitDatabase();
    assertThat(stateOf(id)).isEqualTo(before);
    assertAdvances(id, before.version());
  }

  @Test
  void writesNothingOfATransitionWhoseConnectionBreaksBeforeItCommits() throws IOException {
    String id = dealReadyToLeaveItsFirstStage();
    DealState before = stateOf(id);

    // The engine writes the next stage's task when it flushes, after our own stage-history rows.
    proxy.cutWhenSent("insert into ACT_RU_TASK");
    Reply refused = advance(id, before.version());
    proxy.restore();

    assertThat(proxy.cutOnSql()).as("the connection broke during the transition").isTrue();
    assertRefusedCleanly(refused);
    awaitDatabase();
    assertThat(stateOf(id)).isEqualTo(before);
    assertAdvances(id, before.version());
  }

  private static String dealReadyToLeaveItsFirstStage() {
    Deals deals = new Deals(rep);
    String id = deals.open(INDUSTRIAL, 300_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);
    return id;
  }

  private static Reply advance(String id, String version) {
    return rep.post("/api/opportunities/" + id + "/advance", Map.of(), version);
  }

  private static void assertRefusedCleanly(Reply refused) {
    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
    assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.text("detail")).contains("database cannot be reached");
    assertThat(refused.body().toString()).doesNotContainIgnoringCase("sql")
        .doesNotContainIgnoringCase("exception").doesNotContain("ACT_", "at com.", "at org.");
  }

  /**
   * Waits for a read to succeed. The pool lends a connection used in the last half second without
   * checking it, so the first look comes a second after the database returned: by then every
   * connection the cut broke has either failed and left the pool or is checked before use.
   */
  private static void awaitDatabase() {
    await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(1))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> rep.get("/api/pipelines").status() == 200);
  }

  private static void assertAdvances(String id, String version) {
    Reply advanced = advance(id, version);
    assertThat(advanced.status()).as(advanced.toString()).isEqualTo(200);
    assertThat(Deals.stageOf(advanced.body())).isNotEqualTo(FIRST_STAGE);
    assertThat(advanced.body().path("history")).hasSize(2);
  }

  /** What a transition changes: the stage, the version, the stage history, the engine's task. */
  private static DealState stateOf(String id) {
    Reply deal = rep.get("/api/opportunities/" + id);
    assertThat(deal.status()).as(deal.toString()).isEqualTo(200);
    Reply tasks = rep.get("/engine-rest/task?processInstanceBusinessKey=" + id + "&maxResults=10");
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    return new DealState(Deals.stageOf(deal.body()), deal.headers().getETag(),
        deal.body().path("history"), tasks.body().findValuesAsText("id"));
  }

  private record DealState(String stage, String version, JsonNode history, List<String> tasks) {}

  /**
   * The database behind the proxy and the arguments that point the application at the proxy.
   * On H2 a TCP server keeps an in-memory database for as long as this test runs.
   */
  private record Database(String host, int port, IntFunction<List<String>> arguments,
      AutoCloseable server) {

    private static final Pattern MYSQL_URL =
        Pattern.compile("jdbc:mysql://([^/:]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    static Database start() throws Exception {
      String profiles = System.getProperty("spring.profiles.active", "");
      return profiles.contains("mysql") ? mariaDb() : h2();
    }

    private static Database h2() throws SQLException, IOException {
      int port = freePort();
      Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists")
          .start();
      return new Database("127.0.0.1", port, proxyPort -> List.of(
          "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + proxyPort
              + "/mem:outage;DB_CLOSE_DELAY=-1"), server::stop);
    }

    private static Database mariaDb() throws SQLException {
      String testUrl = System.getProperty("SALESFLOW_DB_URL");
      Matcher url = MYSQL_URL.matcher(testUrl);
      if (!url.matches()) {
        throw new IllegalStateException("not a MySQL URL: " + testUrl);
      }
      int port = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
      String schema = url.group(3) + "_outage";
      String parameters = url.group(4) == null ? "" : url.group(4);
      try (var connection = DriverManager.getConnection(
          "jdbc:mysql://" + url.group(1) + ":" + port + "/" + parameters, "root", "")) {
        connection.createStatement().execute("drop database if exists " + schema);
      }
      return new Database(url.group(1), port, proxyPort -> List.of(
          "--spring.profiles.active=mysql", "--salesflow.demo.organisation=true",
          "--spring.datasource.url=jdbc:mysql://127.0.0.1:" + proxyPort + "/" + schema
              + parameters), () -> { });
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
