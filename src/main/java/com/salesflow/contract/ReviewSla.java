package com.salesflow.contract;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the SLA timer on a review task calls, by the bean name {@code reviewSla}. The task declares
 * {@code slaWorkingDays} (working days it may stay open) and {@code slaEscalationGroup} (whose
 * members hear when it stays longer): {@code ${reviewSla.due(execution)}} is the timer's date,
 * {@code ${reviewSla.reached(execution)}} posts the escalation notices.
 */
@Component("reviewSla")
public class ReviewSla {

  static final String DAYS_PROPERTY = "slaWorkingDays";
  static final String ESCALATION_PROPERTY = "slaEscalationGroup";
  private static final Logger log = LoggerFactory.getLogger(ReviewSla.class);

  private final WorkingCalendar calendar;
  private final Notifications notifications;
  private final IdentityService identity;
  private final TaskService tasks;

  ReviewSla(WorkingCalendar calendar, Notifications notifications,
      @Lazy IdentityService identity, @Lazy TaskService tasks) {
    this.calendar = calendar;
    this.notifications = notifications;
    this.identity = identity;
    this.tasks = tasks;
  }

  public Date due(DelegateExecution execution) {
    int days = Integer.parseInt(property(reviewTask(execution), DAYS_PROPERTY));
    return Date.from(calendar.plusWorkingDays(ClockUtil.getCurrentTime().toInstant(), days));
  }

  public void reached(DelegateExecution execution) {
    Activity activity = reviewTask(execution);
    String group = property(activity, ESCALATION_PROPERTY);
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(activity.getId()).singleResult();
    if (task == null) {
      return;
    }
    String opportunityId = execution.getProcessBusinessKey();
    List<User> recipients = identity.createUserQuery().memberOfGroup(group).unlimitedList();
    log.warn("Opportunity {}: {} overdue, escalated to {} members of {}", opportunityId,
        activity.getId(), recipients.size(), group);
    for (User recipient : recipients) {
      notifications.post(notice(execution, task, opportunityId, recipient.getId(),
          property(activity, DAYS_PROPERTY)));
    }
  }

  private static Notice notice(DelegateExecution execution, Task task, String opportunityId,
      String recipient, String days) {
    String handler = task.getAssignee() == null ? "尚无人认领" : "处理人 " + task.getAssignee();
    return new Notice("review-overdue:" + task.getId(), recipient,
        "【超时】" + task.getName() + " · " + execution.getVariable("title"),
        "客户「" + execution.getVariable("customer") + "」的商机「" + execution.getVariable("title")
            + "」的「" + task.getName() + "」已超过 " + days + " 个工作日未完成（" + handler
            + "），请跟进。",
        "/api/opportunities/" + opportunityId + "/contract-review");
  }

  /** The timer's task: the one it is attached to, or the one the execution is in. */
  private static Activity reviewTask(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo();
    }
    if (element instanceof Activity activity) {
      return activity;
    }
    throw new IllegalStateException("reviewSla is for timers on review tasks, not "
        + execution.getCurrentActivityId());
  }

  private static String property(Activity activity, String name) {
    return TaskProperties.required(activity, name);
  }
}
