package com.salesflow.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Camunda lets any logged-in user complete any task. Salesflow lets only the task's assignee, or
 * the approver who delegated it to them, complete it; a group task must be claimed first. Work the
 * engine does on its own (no logged-in user) is not affected.
 */
@Component
class AssigneeGuard implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication caller =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return;
    }
    String user = caller.getUserId();
    if (task.getAssignee() == null) {
      throw new TaskNotYoursException("任务「" + task.getName() + "」尚未认领，请先认领再办理");
    }
    if (!user.equals(task.getAssignee()) && !user.equals(task.getOwner())) {
      throw new TaskNotYoursException("任务「" + task.getName() + "」由 " + task.getAssignee()
          + " 办理，" + user + " 无权完成");
    }
  }
}
