package com.salesflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who the engine lets at a task, beyond Camunda's own grants to its assignee, owner and candidates.
 * Camunda never takes a grant back, so whoever a task was taken from could still read, claim and
 * complete it; here the previous assignee or owner loses the task unless they keep a claim of
 * their own to it (as its owner, assignee or a named candidate). And the assignee's direct
 * supervisor may read the task, so that Tasklist shows a supervisor their team's work; reading
 * is all, since only the assignee completes a task.
 */
class TaskAccessGrants extends DefaultAuthorizationProvider {

  private final Function<String, Optional<String>> supervisorOf;

  TaskAccessGrants(Function<String, Optional<String>> supervisorOf) {
    this.supervisorOf = supervisorOf;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (lostClaim(task, oldAssignee, newAssignee, task.getOwner())) {
      revoke(task, oldAssignee);
    }
    Optional<String> oldSupervisor = supervisor(oldAssignee);
    Optional<String> newSupervisor = supervisor(newAssignee);
    oldSupervisor.filter(s -> !newSupervisor.equals(Optional.of(s)) && !hasClaim(task, s))
        .ifPresent(s -> revoke(task, s));
    List<AuthorizationEntity> grants = new ArrayList<>();
    AuthorizationEntity[] camunda = super.newTaskAssignee(task, oldAssignee, newAssignee);
    if (camunda != null) {
      grants.addAll(Arrays.asList(camunda));
    }
    newSupervisor.filter(s -> !s.equals(newAssignee)).ifPresent(s -> grants.add(
        createOrUpdateAuthorization(task, s, null, Resources.TASK, false, TaskPermissions.READ)));
    return grants.toArray(AuthorizationEntity[]::new);
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    if (lostClaim(task, oldOwner, newOwner, task.getAssignee())) {
      revoke(task, oldOwner);
    }
    return super.newTaskOwner(task, oldOwner, newOwner);
  }

  private Optional<String> supervisor(String user) {
    return user == null ? Optional.empty() : supervisorOf.apply(user);
  }

  private static boolean lostClaim(Task task, String previous, String next, String otherRole) {
    return previous != null && !previous.equals(next) && !previous.equals(otherRole)
        && !isCandidate(task, previous);
  }

  private static boolean hasClaim(Task task, String user) {
    return user.equals(task.getAssignee()) || user.equals(task.getOwner())
        || isCandidate(task, user);
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
