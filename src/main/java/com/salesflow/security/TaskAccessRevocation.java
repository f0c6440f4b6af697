package com.salesflow.security;

import java.util.Objects;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda grants a task's assignee and owner the right to work on the task and never takes it
 * back, so whoever a task was taken from could still read, claim and complete it. This provider
 * keeps Camunda's grants for the new assignee or owner and revokes the previous one's, unless they
 * still have a claim of their own to the task (as its owner, assignee or a named candidate).
 */
class TaskAccessRevocation extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (lostClaim(task, oldAssignee, newAssignee, task.getOwner())) {
      revoke(task, oldAssignee);
    }
    return super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    if (lostClaim(task, oldOwner, newOwner, task.getAssignee())) {
      revoke(task, oldOwner);
    }
    return super.newTaskOwner(task, oldOwner, newOwner);
  }

  private static boolean lostClaim(Task task, String previous, String next, String otherRole) {
    return previous != null && !previous.equals(next) && !previous.equals(otherRole)
        && !isCandidate(task, previous);
  }

  private static boolean isCandidate(Task task, String user) {
    return task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
            && Objects.equals(user, link.getUserId()));
  }

  private void revoke(Task task, String user) {
    getAuthorizationManager()
        .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), user);
  }
}
