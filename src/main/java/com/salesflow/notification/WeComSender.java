package com.salesflow.notification;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Sends notices to the WeCom group robot of the recipient's team, mentioning the recipient. */
@Component
class WeComSender implements ChannelSender {

  private final NotificationProperties properties;
  private final Organisation organisation;
  private final RobotClient robots;

  WeComSender(NotificationProperties properties, Organisation organisation, RobotClient robots) {
    this.properties = properties;
    this.organisation = organisation;
    this.robots = robots;
  }

  @Override
  public Channel channel() {
    return Channel.WECOM;
  }

  @Override
  public void deliver(OutboxNotice notice) {
    String team = organisation.member(notice.recipientId()).map(OrgMember::teamId).orElse(null);
    NotificationProperties.WeComRobot robot = team == null ? null : properties.wecom().get(team);
    if (robot == null || robot.webhook() == null) {
      throw new DeliveryException("no WeCom robot is configured for team " + team);
    }
    robots.post(URI.create(robot.webhook()), Map.of("msgtype", "text", "text", Map.of(
        "content", MessageText.of(notice, properties.publicUrl()),
        "mentioned_list", List.of(notice.recipientId()))));
  }
}
