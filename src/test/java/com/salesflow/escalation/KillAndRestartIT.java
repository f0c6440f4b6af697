package com.salesflow.escalation;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ChatRobotStandIn;
import com.salesflow.testing.Deals;
import com.salesflow.testing.SalesflowJar;
import com.salesflow.testing.TestClock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application is killed (SIGKILL, as kill -9) while SLA timers are firing, then started again
 * on the same database: every due timer fires, every notice is written once, and every chat
 * message arrives; the only message that may arrive twice is one that was on its way to the robot
 * at the moment of the kill (nothing can tell whether the robot took it). Yellow and red are both
 * due when the clock moves, so a deal whose red timer fires first gets no yellow notice.
 */
class KillAndRestartIT {

  private static final int DEALS = 10;
  private static final Path WORK = Path.of("target", "kill-and-restart");

  private final ChatRobotStandIn wecom = ChatRobotStandIn.wecom();
  private final List<SalesflowJar> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() throws InterruptedException {
    for (SalesflowJar node : nodes) {
      node.close();
    }
  }

  @Test
  void firesEveryTimerAndDeliversEveryNoticeAfterAKillInTheMiddle() throws Exception {
    Database database = Database.fresh();
    int port = SalesflowJar.freePort();
    SalesflowJar first = start(database, port, "first");
    TestClock clock = new TestClock(port);
    clock.set("2026-03-02T01:00:00Z");
    Deals deals = new Deals(ApiClient.as(port, "lilei"));
    List<String> customers = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < DEALS; i++) {
      JsonNode deal = deals.open(INDUSTRIAL, 200_000);
      customers.add(deal.path("customer").asText());
      ids.add(deal.path("id").asText());
    }

    clock.set("2026-03-10T01:00:00Z");
    await().atMost(Duration.ofSeconds(30)).until(() -> delivered(customers) > 0);
    first.kill();
    int deliveredBeforeKill = delivered(customers);

    start(database, port, "second");
    ApiClient admin = ApiClient.as(port, "demo");
    await().atMost(Duration.ofSeconds(90)).until(() -> ids.stream().allMatch(id ->
        admin.get("/api/opportunities/" + id).body().path("currentStage").path("slaLevel")
            .asText().equals("RED")));

    ApiClient lilei = ApiClient.as(port, "lilei");
    ApiClient zhangwei = ApiClient.as(port, "zhangwei");
    int notices = 0;
    for (String customer : customers) {
      List<String> toOwner = inboxSubjects(lilei, customer);
      assertThat(toOwner).as(customer).filteredOn(s -> s.startsWith("【红灯】")).hasSize(1);
      assertThat(toOwner).as("a yellow notice at most, none when red fired first")
          .hasSizeBetween(1, 2);
      assertThat(inboxSubjects(zhangwei, customer)).as(customer).hasSize(1);
      notices += toOwner.size() + 1;
    }
    int expected = notices;
    await().atMost(Duration.ofSeconds(60)).until(() -> delivered(customers) >= expected);
    assertThat(deliveredBeforeKill).isLessThan(expected);
    assertThat(delivered(customers) - expected).as("messages delivered twice").isBetween(0, 1);
  }

  private int delivered(List<String> customers) {
    return customers.stream().mapToInt(c -> wecom.messagesContaining(c).size()).sum();
  }

  private static List<String> inboxSubjects(ApiClient user, String customer) {
    List<String> subjects = new ArrayList<>();
    for (JsonNode entry : user.get("/api/inbox?limit=200").body()) {
      if (entry.path("body").asText().contains(customer)) {
        subjects.add(entry.path("subject").asText());
      }
    }
    return subjects;
  }

  private SalesflowJar start(Database database, int port, String name) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--salesflow.notification.outbox.claim=5s",
        "--salesflow.notification.outbox.poll-interval=200ms",
        "--salesflow.notification.channels.teams.east-1=INBOX,WECOM",
        "--salesflow.notification.wecom.east-1.webhook=http://127.0.0.1:"
            + ChatRobotStandIn.WECOM_PORT + "/cgi-bin/webhook/send?key=restart"));
    arguments.addAll(database.arguments());
    SalesflowJar node =
        SalesflowJar.start(WORK.getFileName() + "/" + name, "Asia/Shanghai", port, arguments);
    nodes.add(node);
    return node;
  }

  /** The database both runs share: an H2 file, or a MySQL/MariaDB schema on the mysql profile. */
  private record Database(List<String> arguments) {

    static Database fresh() throws IOException, SQLException {
      String profiles = System.getProperty("spring.profiles.active", "");
      if (!profiles.contains("mysql")) {
        deleteRecursively(WORK.resolve("db").toFile());
        return new Database(List.of("--spring.datasource.url=jdbc:h2:file:"
            + WORK.resolve("db").toAbsolutePath() + "/salesflow;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
      }
      String url = System.getProperty("SALESFLOW_DB_URL").replace("/salesflow_test?",
          "/salesflow_restart?");
      try (var connection = DriverManager.getConnection(
          url.replace("/salesflow_restart?", "/?"), "root", "")) {
        connection.createStatement().execute("drop database if exists salesflow_restart");
      }
      return new Database(List.of("--spring.profiles.active=mysql", "--salesflow.demo.organisation=true",
          "--salesflow.clock.adjustable=true", "--spring.datasource.url=" + url));
    }

    private static void deleteRecursively(File file) {
      File[] children = file.listFiles();
      if (children != null) {
        for (File child : children) {
          deleteRecursively(child);
        }
      }
      file.delete();
    }
  }
}
