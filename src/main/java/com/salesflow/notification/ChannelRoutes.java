package com.salesflow.notification;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.util.List;
import org.springframework.stereotype.Component;

/** Decides which channels reach a person, from their own route, their team's, or the default. */
@Component
class ChannelRoutes {

  private final NotificationProperties.Routes routes;
  private final Organisation organisation;

  ChannelRoutes(NotificationProperties properties, Organisation organisation) {
    this.routes = properties.channels();
    this.organisation = organisation;
  }

  List<Channel> channelsOf(String userId) {
    List<Channel> own = routes.users().get(userId);
    if (own != null) {
      return own;
    }
    String team = organisation.member(userId).map(OrgMember::teamId).orElse(null);
    List<Channel> teams = team == null ? null : routes.teams().get(team);
    return teams != null ? teams : routes.defaults();
  }
}
