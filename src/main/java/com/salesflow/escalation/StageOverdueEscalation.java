package com.salesflow.escalation;

import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import com.salesflow.organisation.Organisation;
import com.salesflow.pipeline.SlaLevel;
import com.salesflow.pipeline.StageOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of a stalled stage: at yellow the deal's owner, at red the owner and the owner's direct
 * supervisor. Runs inside the timer's transaction, so the notices exist exactly when the level does.
 */
@Component
class StageOverdueEscalation {

  private static final Logger log = LoggerFactory.getLogger(StageOverdueEscalation.class);

  private final Notifications notifications;
  private final Organisation organisation;

  StageOverdueEscalation(Notifications notifications, Organisation organisation) {
    this.notifications = notifications;
    this.organisation = organisation;
  }

  @EventListener
  void on(StageOverdue overdue) {
    notifications.post(toOwner(overdue));
    if (overdue.level() == SlaLevel.RED) {
      organisation.supervisorOf(overdue.ownerId()).ifPresentOrElse(
          someone -> notifications.post(toSupervisor(overdue, someone)),
          () -> log.warn("Opportunity {} is red but its owner {} has no supervisor to tell",
              overdue.opportunityId(), overdue.ownerId()));
    }
  }

  private static Notice toOwner(StageOverdue overdue) {
    return new Notice(key(overdue), overdue.ownerId(), headline(overdue),
        "客户「" + overdue.customer() + "」的商机「" + overdue.title() + "」已在阶段「"
            + overdue.stageName() + "」停留 " + overdue.workingDays() + " 个工作日，请尽快推进。",
        link(overdue));
  }

  private static Notice toSupervisor(StageOverdue overdue, String supervisor) {
    return new Notice(key(overdue), supervisor, headline(overdue),
        overdue.ownerId() + " 负责的客户「" + overdue.customer() + "」的商机「" + overdue.title()
            + "」已在阶段「" + overdue.stageName() + "」停留 " + overdue.workingDays()
            + " 个工作日，已亮红灯，请跟进。",
        link(overdue));
  }

  private static String headline(StageOverdue overdue) {
    String light = overdue.level() == SlaLevel.RED ? "红灯" : "黄灯";
    return "【" + light + "】" + overdue.title() + " · " + overdue.stageName();
  }

  /** The deal, the stay in the stage and the level: one event, whoever hears of it. */
  private static String key(StageOverdue overdue) {
    return "stage-overdue:" + overdue.opportunityId() + ":" + overdue.stageVisitId() + ":"
        + overdue.level();
  }

  private static String link(StageOverdue overdue) {
    return "/api/opportunities/" + overdue.opportunityId();
  }
}
