package com.salesflow.commitment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.salesflow.approval.ApprovalDecision;
import java.util.List;

/** A commitment as the API shows it: where its sign-off stands and who decided what. */
record CommitmentView(@JsonUnwrapped Commitment commitment, CurrentTask currentTask,
    List<ApprovalDecision> decisions) {

  /** The open sign-off task, and who holds it or may claim it. */
  record CurrentTask(String id, String key, String name, String assignee,
      List<String> candidateGroups) {}
}
