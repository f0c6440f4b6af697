package com.salesflow.dispatch;

import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Tells every member of the groups a dispatch rule informs what happened to a request. */
@Component
class InformedGroups {

  private final Notifications notifications;
  private final IdentityService identity;

  InformedGroups(Notifications notifications, @Lazy IdentityService identity) {
    this.notifications = notifications;
    this.identity = identity;
  }

  /**
   * Posts one notice per member of each group in {@code groups} (comma-separated); {@code event}
   * names what happened, so the same event never reaches anyone twice.
   */
  void tell(String groups, String event, CustomerRequest request, String subject, String body) {
    for (String group : Arrays.stream(groups == null ? new String[0] : groups.split(","))
        .map(String::strip).filter(g -> !g.isEmpty()).toList()) {
      for (User member : identity.createUserQuery().memberOfGroup(group).unlimitedList()) {
        notifications.post(new Notice("customer-request:" + request.id() + ":" + event,
            member.getId(), subject, body,
            "/api/opportunities/" + request.opportunityId() + "/requests"));
      }
    }
  }
}
