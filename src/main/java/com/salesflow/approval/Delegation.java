package com.salesflow.approval;

import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.Validation;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approver who is away hands a task to a colleague. The colleague becomes the assignee, the
 * approver stays the task's owner (and may still complete it), the hand-over is recorded and the
 * colleague is told.
 */
@Service
@Transactional
class Delegation {

  private static final Logger log = LoggerFactory.getLogger(Delegation.class);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final ApprovalRecord record;
  private final Notifications notifications;

  Delegation(TaskService tasks, RuntimeService runtime, RepositoryService repository,
      IdentityService identity, ApprovalRecord record, Notifications notifications) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.record = record;
    this.notifications = notifications;
  }

  void delegate(String taskId, String caller, String to, String reason) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("Task", taskId);
    }
    if (!caller.equals(task.getAssignee())) {
      throw new TaskNotYoursException("只有任务「" + task.getName() + "」的办理人可以转交它");
    }
    String colleague = requireColleague(to, caller);
    String because = reason == null || reason.isBlank() ? null : Validation.requireText("reason",
        reason, 1000);

    if (task.getOwner() == null) {
      tasks.setOwner(taskId, caller);
    }
    tasks.setAssignee(taskId, colleague);
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    record.add(new ApprovalDecision(0, task.getProcessInstanceId(),
        repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
        instance.getBusinessKey(), taskId, task.getTaskDefinitionKey(), task.getName(),
        Decision.DELEGATED, because, caller, null, colleague, now()));
    notifications.post(new Notice("task-delegated:" + taskId + ":" + colleague, colleague,
        "【任务转交】" + task.getName(),
        caller + " 将任务「" + task.getName() + "」转交给你办理" + (because == null ? "。" : "：" + because),
        "/camunda/app/tasklist/default/#/?task=" + taskId));
    log.info("Task {} delegated by {} to {}", taskId, caller, colleague);
  }

  private String requireColleague(String to, String caller) {
    String colleague = Validation.requireText("to", to, 64);
    if (colleague.equals(caller)) {
      throw new InvalidInputException("to", "is the caller; name the colleague who takes over");
    }
    if (identity.createUserQuery().userId(colleague).count() == 0) {
      throw new InvalidInputException("to", "no user '" + colleague + "' exists");
    }
    return colleague;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
