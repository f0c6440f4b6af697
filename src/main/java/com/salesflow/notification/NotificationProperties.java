package com.salesflow.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are delivered: which channels reach whom, the robots' addresses and secrets, and the
 * outbox's retry policy. Robot keys and secrets live here (or in the environment), never in process
 * variables, where Cockpit and the history would show them.
 *
 * @param publicUrl the address people reach Salesflow at, for links in chat messages and mail
 * @param channels channels by user, then by team, then the default for everyone else
 * @param wecom WeCom group robots by team
 * @param dingtalk DingTalk custom robots by team
 * @param mail the sender address of notice mail; mail goes out only where a route names EMAIL
 * @param outbox delivery attempts, backoff and polling
 */
@ConfigurationProperties("salesflow.notification")
record NotificationProperties(
    @DefaultValue("http://localhost:8080") String publicUrl,
    @DefaultValue Routes channels,
    @DefaultValue Map<String, WeComRobot> wecom,
    @DefaultValue Map<String, DingTalkRobot> dingtalk,
    @DefaultValue Mail mail,
    @DefaultValue Outbox outbox) {

  /** Who is reached on which channels; a user's own entry wins over their team's. */
  record Routes(
      @DefaultValue("INBOX") List<Channel> defaults,
      @DefaultValue Map<String, List<Channel>> teams,
      @DefaultValue Map<String, List<Channel>> users) {}

  /** A WeCom group robot: its webhook address, which carries the robot's key. */
  record WeComRobot(String webhook) {}

  /** A DingTalk custom robot with signing: its webhook address and its signing secret. */
  record DingTalkRobot(String webhook, String secret) {}

  record Mail(@DefaultValue("salesflow@localhost") String from) {}

  /**
   * @param maxAttempts attempts before a notice is parked as failed
   * @param firstBackoff wait after the first failure; each later failure doubles it
   * @param pollInterval how often a node looks for due notices when nothing woke it earlier
   * @param claim how long a node may take over one attempt before another node may take it over
   * @param requestTimeout how long one call to a robot or mail server may take
   */
  record Outbox(
      @DefaultValue("6") int maxAttempts,
      @DefaultValue("5s") Duration firstBackoff,
      @DefaultValue("2s") Duration pollInterval,
      @DefaultValue("2m") Duration claim,
      @DefaultValue("5s") Duration requestTimeout) {}
}
