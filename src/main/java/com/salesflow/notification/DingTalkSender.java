package com.salesflow.notification;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Sends notices to the DingTalk custom robot of the recipient's team. Robots with signing check
 * {@code sign}, the Base64 HMAC-SHA256 of {@code timestamp + "\n" + secret} keyed by the secret,
 * and refuse a timestamp more than an hour old.
 */
@Component
class DingTalkSender implements ChannelSender {

  private final NotificationProperties properties;
  private final Organisation organisation;
  private final RobotClient robots;
  private final Clock clock;

  DingTalkSender(NotificationProperties properties, Organisation organisation, RobotClient robots,
      Clock clock) {
    this.properties = properties;
    this.organisation = organisation;
    this.robots = robots;
    this.clock = clock;
  }

  @Override
  public Channel channel() {
    return Channel.DINGTALK;
  }

  @Override
  public void deliver(OutboxNotice notice) {
    String team = organisation.member(notice.recipientId()).map(OrgMember::teamId).orElse(null);
    NotificationProperties.DingTalkRobot robot =
        team == null ? null : properties.dingtalk().get(team);
    if (robot == null || robot.webhook() == null) {
      throw new DeliveryException("no DingTalk robot is configured for team " + team);
    }
    robots.post(signed(robot), Map.of("msgtype", "text",
        "text", Map.of("content", MessageText.of(notice, properties.publicUrl())),
        "at", Map.of("atUserIds", List.of(notice.recipientId()))));
  }

  private URI signed(NotificationProperties.DingTalkRobot robot) {
    if (robot.secret() == null || robot.secret().isBlank()) {
      return URI.create(robot.webhook());
    }
    long timestamp = clock.millis();
    String separator = robot.webhook().contains("?") ? "&" : "?";
    return URI.create(robot.webhook() + separator + "timestamp=" + timestamp + "&sign="
        + URLEncoder.encode(sign(timestamp, robot.secret()), StandardCharsets.UTF_8));
  }

  static String sign(long timestamp, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
