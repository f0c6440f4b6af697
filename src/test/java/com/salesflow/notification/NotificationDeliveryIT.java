package com.salesflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.ChatRobotStandIn;
import com.salesflow.testing.ChatRobotStandIn.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Notices reach people on every channel configured for them, through loopback stand-ins for the
 * WeCom and DingTalk robots and an SMTP server, exactly once, and survive a channel's outage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationDeliveryIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(18025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private static final Duration DELIVERY = Duration.ofSeconds(15);

  @LocalServerPort
  int port;

  @Autowired
  Notifications notifications;

  @Autowired
  TransactionTemplate transaction;

  ChatRobotStandIn wecom = ChatRobotStandIn.wecom();
  ChatRobotStandIn dingtalk = ChatRobotStandIn.dingtalk();
  String marker;

  @BeforeEach
  void newMarker() {
    marker = "测试-" + UUID.randomUUID();
  }

  @AfterEach
  void robotsUp() {
    wecom.failNext(0);
    dingtalk.failNext(0);
  }

  @Test
  void reachesTheRecipientOnEveryConfiguredChannelOnce() throws Exception {
    Notice notice = notice("zhangwei");

    post(notice);
    post(notice);

    await().atMost(DELIVERY).until(() -> !wecom.messagesContaining(marker).isEmpty()
        && !dingtalk.messagesContaining(marker).isEmpty() && mailsContaining(marker) > 0);
    Thread.sleep(500);
    Message chat = wecom.messagesContaining(marker).get(0);
    assertThat(wecom.messagesContaining(marker)).hasSize(1);
    assertThat(chat.uri().getQuery()).isEqualTo("key=test-wecom-key");
    assertThat(chat.json().path("msgtype").asText()).isEqualTo("text");
    assertThat(chat.json().path("text").path("mentioned_list").get(0).asText())
        .isEqualTo("zhangwei");
    assertThat(chat.text()).contains("技术评估已超时", "http://localhost:8080/api/opportunities/x");
    assertThat(dingtalk.messagesContaining(marker)).hasSize(1);
    assertThat(mailsContaining(marker)).isEqualTo(1);
    assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("zhangwei@salesflow.example");
    assertThat(inboxSubjects("zhangwei")).containsOnlyOnce(marker);
  }

  @Test
  void signsDingTalkMessagesWithTheRobotsSecretAndACurrentTimestamp() {
    post(notice("lilei"));

    await().atMost(DELIVERY).until(() -> !dingtalk.messagesContaining(marker).isEmpty());
    Map<String, String> query = UriComponentsBuilder
        .fromUri(dingtalk.messagesContaining(marker).get(0).uri()).build(true).getQueryParams()
        .toSingleValueMap();
    long timestamp = Long.parseLong(query.get("timestamp"));
    assertThat(query.get("access_token")).isEqualTo("test-dingtalk-token");
    assertThat(timestamp).isCloseTo(System.currentTimeMillis(), Offset.offset(60_000L));
    assertThat(URLDecoder.decode(query.get("sign"), StandardCharsets.UTF_8))
        .isEqualTo(DingTalkSender.sign(timestamp, "SECtest-dingtalk-secret"));
  }

  @Test
  void keepsTryingThroughAnOutageAndDeliversOnceItIsOver() {
    wecom.failNext(2);

    post(notice("lilei"));

    await().atMost(DELIVERY).until(() -> !wecom.messagesContaining(marker).isEmpty());
    assertThat(wecom.messagesContaining(marker)).hasSize(1);
    JsonNode sent = outbox("SENT", "lilei:wecom");
    assertThat(sent.path("attempts").asInt()).isEqualTo(3);
  }

  @Test
  void parksANoticeAfterItsLastAttemptUntilAnOperatorRetriesIt() {
    wecom.failNext(3);
    post(notice("lilei"));
    await().atMost(DELIVERY).until(() -> outbox("FAILED", "lilei:wecom") != null);
    JsonNode parked = outbox("FAILED", "lilei:wecom");
    assertThat(parked.path("lastError").asText()).contains("robot");

    Reply byRep = ApiClient.as(port, "lilei")
        .post("/api/admin/notices/" + parked.path("id").asText() + "/retry", Map.of());
    Reply byAdmin = ApiClient.as(port, "demo")
        .post("/api/admin/notices/" + parked.path("id").asText() + "/retry", Map.of());

    assertThat(byRep.status()).isEqualTo(403);
    assertThat(byAdmin.status()).isEqualTo(200);
    await().atMost(DELIVERY).until(() -> !wecom.messagesContaining(marker).isEmpty());
    assertThat(wecom.messagesContaining(marker)).hasSize(1);
  }

  @Test
  void showsTheInboxOnlyToItsOwnerAndMarksEntriesRead() {
    post(notice("hanmeimei"));
    ApiClient hanmeimei = ApiClient.as(port, "hanmeimei");
    JsonNode entry = entryWith(hanmeimei.get("/api/inbox?unread=true").body());

    Reply byOther = ApiClient.as(port, "lilei")
        .post("/api/inbox/" + entry.path("id").asText() + "/read", Map.of());
    Reply byOwner = hanmeimei.post("/api/inbox/" + entry.path("id").asText() + "/read", Map.of());

    assertThat(byOther.status()).isEqualTo(404);
    assertThat(byOwner.status()).isEqualTo(204);
    assertThat(entryWith(hanmeimei.get("/api/inbox?unread=true").body())).isNull();
    assertThat(entryWith(hanmeimei.get("/api/inbox").body()).path("readAt").isMissingNode())
        .isFalse();
    assertThat(hanmeimei.get("/api/inbox?limit=0").status()).isEqualTo(400);
  }

  private Notice notice(String recipient) {
    return new Notice("test:" + marker, recipient, marker, "技术评估已超时 5 个工作日",
        "/api/opportunities/x");
  }

  private void post(Notice notice) {
    transaction.executeWithoutResult(status -> notifications.post(notice));
  }

  private int mailsContaining(String fragment) throws Exception {
    int count = 0;
    for (MimeMessage message : MAIL.getReceivedMessages()) {
      if (message.getSubject().contains(fragment)) {
        count++;
      }
    }
    return count;
  }

  private List<String> inboxSubjects(String user) {
    return ApiClient.as(port, user).get("/api/inbox").body().findValuesAsText("subject");
  }

  private JsonNode entryWith(JsonNode inbox) {
    for (JsonNode entry : inbox) {
      if (entry.path("subject").asText().equals(marker)) {
        return entry;
      }
    }
    return null;
  }

  private JsonNode outbox(String status, String keySuffix) {
    JsonNode notices = ApiClient.as(port, "demo").get("/api/admin/notices?status=" + status).body();
    for (JsonNode notice : notices) {
      String key = notice.path("idempotencyKey").asText();
      if (key.startsWith("test:" + marker) && key.endsWith(keySuffix)) {
        return notice;
      }
    }
    return null;
  }
}
