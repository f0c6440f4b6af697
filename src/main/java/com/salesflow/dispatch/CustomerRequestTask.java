package com.salesflow.dispatch;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.pipeline.AttachmentService;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Listens to the handling task of {@code customer-request}, by the bean name
 * {@code customerRequestTask}: on creation it records where the rules sent the request, gives the
 * task its due date in working days and informs the groups the rule names; on completion it
 * refuses to close without the deliverable (added to the deal since the request was recorded),
 * closes the request and informs the groups again.
 */
@Component("customerRequestTask")
class CustomerRequestTask implements TaskListener {

  private static final Logger log = LoggerFactory.getLogger(CustomerRequestTask.class);

  private final CustomerRequestMapper requests;
  private final AttachmentService attachments;
  private final WorkingCalendar calendar;
  private final InformedGroups informed;

  CustomerRequestTask(CustomerRequestMapper requests, AttachmentService attachments,
      WorkingCalendar calendar, InformedGroups informed) {
    this.requests = requests;
    this.attachments = attachments;
    this.calendar = calendar;
    this.informed = informed;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(DispatchVariables.REQUEST_ID);
    CustomerRequest request = requests.findById(id).orElseThrow(() ->
        new IllegalStateException("Customer request " + id + " is not recorded"));
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task, request);
      case EVENTNAME_COMPLETE -> completed(task, request);
      default -> { }
    }
  }

  private void created(DelegateTask task, CustomerRequest request) {
    String handler = (String) task.getVariable(DispatchVariables.HANDLER_GROUP);
    String informedGroups = (String) task.getVariable(DispatchVariables.INFORMED_GROUPS);
    String deliverable = (String) task.getVariable(DispatchVariables.DELIVERABLE);
    Number days = (Number) task.getVariable(DispatchVariables.DUE_WORKING_DAYS);
    Instant due = calendar.plusWorkingDays(request.requestedAt(), days.intValue());
    task.setDueDate(Date.from(due));
    task.setDescription("客户：" + task.getVariable(DispatchVariables.CUSTOMER) + "　需求："
        + request.description());
    requests.route(request.id(), handler, informedGroups, deliverable, due);
    log.info("Opportunity {}: request {} of type {} sent to {}, due {}", request.opportunityId(),
        request.id(), request.type(), handler, due);
    informed.tell(informedGroups, "created", request, "【知会】客户需求已派发 · " + request.type(),
        "客户「" + task.getVariable(DispatchVariables.CUSTOMER) + "」的需求「"
            + request.description() + "」已派发给 " + handler + "，交付物「" + deliverable
            + "」，须在 " + days + " 个工作日内完成。");
  }

  private void completed(DelegateTask task, CustomerRequest request) {
    String deliverable = (String) task.getVariable(DispatchVariables.DELIVERABLE);
    if (!attachments.hasAddedSince(request.opportunityId(), deliverable, request.requestedAt())) {
      throw new DeliverableMissingException(deliverable, "「" + task.getName()
          + "」尚不能完成，缺少交付物：附件「" + deliverable + "」，请先上传到商机附件");
    }
    String by = actor(task);
    requests.close(request.id(), RequestStatus.DONE, by, ClockUtil.getCurrentTime().toInstant());
    log.info("Opportunity {}: request {} handled by {}", request.opportunityId(), request.id(), by);
    informed.tell((String) task.getVariable(DispatchVariables.INFORMED_GROUPS), "done", request,
        "【知会】客户需求已完成 · " + request.type(),
        "客户「" + task.getVariable(DispatchVariables.CUSTOMER) + "」的需求「"
            + request.description() + "」已由 " + by + " 完成，交付物「" + deliverable + "」已上传。");
  }

  private static String actor(DelegateTask task) {
    Authentication caller =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
  }
}
