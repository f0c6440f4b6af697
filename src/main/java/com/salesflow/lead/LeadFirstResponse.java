package com.salesflow.lead;

import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import com.salesflow.organisation.Organisation;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What {@code lead-first-response} calls, by the bean name {@code leadFirstResponse}: the due date
 * of its response timer, the supervisor's notice when it fires, and the first contact when the
 * owner completes the task, from the API or from Tasklist.
 */
@Component("leadFirstResponse")
public class LeadFirstResponse {

  private static final Logger log = LoggerFactory.getLogger(LeadFirstResponse.class);

  private final LeadMapper leads;
  private final Notifications notifications;
  private final Organisation organisation;
  private final LeadProperties properties;

  LeadFirstResponse(LeadMapper leads, Notifications notifications, Organisation organisation,
      LeadProperties properties) {
    this.leads = leads;
    this.notifications = notifications;
    this.organisation = organisation;
    this.properties = properties;
  }

  /** When the lead's response window closes, as recorded on the lead. */
  public Date respondBy(DelegateExecution execution) {
    return Date.from(lead(execution.getProcessBusinessKey()).respondBy());
  }

  /** The window closed with no contact: the owner's supervisor hears of it, once. */
  public void overdue(DelegateExecution execution) {
    Lead lead = lead(execution.getProcessBusinessKey());
    if (lead.status() != LeadStatus.NEW) {
      return;
    }
    organisation.supervisorOf(lead.ownerId()).ifPresentOrElse(
        supervisor -> notifications.post(new Notice("lead-unanswered:" + lead.id(), supervisor,
            "【线索超时】" + lead.customer(),
            lead.ownerId() + " 负责的线索「" + lead.customer() + "」（来源：" + lead.source()
                + "，联系人：" + lead.contact() + "）在 "
                + properties.firstResponseWindow().toHours() + " 小时内未被联系，请跟进。",
            "/api/leads/" + lead.id())),
        () -> log.warn("Lead {} is unanswered but {} has no supervisor to tell", lead.id(),
            lead.ownerId()));
    log.warn("Lead {} of {} unanswered when its window closed", lead.id(), lead.ownerId());
  }

  /** The owner completed the first-contact task: the lead is contacted now. */
  public void contacted(DelegateTask task) {
    String id = task.getExecution().getProcessBusinessKey();
    Object note = task.getVariable(LeadVariables.CONTACT_NOTE);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (leads.recordFirstContact(id, now, note == null ? null : note.toString()) == 1) {
      log.info("Lead {} contacted by {}", id, task.getAssignee());
    }
  }

  private Lead lead(String id) {
    return leads.findById(id).orElseThrow(() ->
        new IllegalStateException("lead-first-response runs for lead " + id + ", which is gone"));
  }
}
