package com.salesflow.approval;

import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Runs on a task that declares the outcomes it accepts. When the task is created it clears the
 * decision left by an earlier round, so an old verdict can never pass for a new one; when it is
 * completed it checks the decision and its reason and adds it to the decision record.
 */
final class DecisionListener implements TaskListener {

  private final Set<Decision> accepted;
  private final ApprovalRecord record;

  DecisionListener(Set<Decision> accepted, ApprovalRecord record) {
    this.accepted = Set.copyOf(accepted);
    this.record = record;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(ApprovalVariables.DECISION);
      task.getExecution().removeVariable(ApprovalVariables.COMMENT);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record.add(decisionOf(task));
    }
  }

  private ApprovalDecision decisionOf(DelegateTask task) {
    Decision decision = decision(task);
    String comment = comment(task);
    if (decision.needsComment() && comment == null) {
      throw new ApprovalRefusedException(ApprovalVariables.COMMENT,
          "「" + task.getName() + "」的决定为 " + decision + " 时必须填写意见（decisionComment）");
    }
    String onBehalfOf = task.getOwner() != null && !task.getOwner().equals(decidedBy(task))
        ? task.getOwner() : null;
    return new ApprovalDecision(0, task.getProcessInstanceId(),
        processKey(task), task.getExecution().getProcessBusinessKey(), task.getId(),
        task.getTaskDefinitionKey(), task.getName(), decision, comment, decidedBy(task),
        onBehalfOf, null, now());
  }

  private Decision decision(DelegateTask task) {
    if (accepted.equals(Set.of(Decision.DONE))) {
      return Decision.DONE;
    }
    Object value = task.getVariable(ApprovalVariables.DECISION);
    Decision decision = value == null ? null : parse(value.toString());
    if (decision == null || !accepted.contains(decision)) {
      throw new ApprovalRefusedException(ApprovalVariables.DECISION,
          "「" + task.getName() + "」需要一个决定（decision），可选：" + accepted);
    }
    return decision;
  }

  private static Decision parse(String value) {
    try {
      return Decision.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String comment(DelegateTask task) {
    Object value = task.getVariable(ApprovalVariables.COMMENT);
    String text = value == null ? "" : value.toString().strip();
    return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 2000));
  }

  private static String decidedBy(DelegateTask task) {
    Authentication caller =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
  }

  private static String processKey(DelegateTask task) {
    return task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getKey();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
