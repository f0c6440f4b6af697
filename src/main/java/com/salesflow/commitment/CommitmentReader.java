package com.salesflow.commitment;

import com.salesflow.approval.ApprovalRecord;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads commitments together with their open task and their decision record. */
@Component
@Transactional(readOnly = true)
class CommitmentReader {

  private final CommitmentService commitments;
  private final TaskService tasks;
  private final ApprovalRecord record;

  CommitmentReader(CommitmentService commitments, TaskService tasks, ApprovalRecord record) {
    this.commitments = commitments;
    this.tasks = tasks;
    this.record = record;
  }

  CommitmentView view(String id) {
    Commitment commitment = commitments.get(id);
    return new CommitmentView(commitment, currentTask(commitment),
        record.ofProcessInstance(commitment.processInstanceId()));
  }

  List<CommitmentView> ofOpportunity(String opportunityId) {
    return commitments.ofOpportunity(opportunityId).stream()
        .map(c -> new CommitmentView(c, currentTask(c), null))
        .toList();
  }

  private CommitmentView.CurrentTask currentTask(Commitment commitment) {
    if (commitment.status() != CommitmentStatus.PENDING) {
      return null;
    }
    Task task = tasks.createTaskQuery().processInstanceId(commitment.processInstanceId())
        .singleResult();
    if (task == null) {
      return null;
    }
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
    return new CommitmentView.CurrentTask(task.getId(), task.getTaskDefinitionKey(),
        task.getName(), task.getAssignee(), groups);
  }
}
