package com.salesflow.approval;

import java.util.List;
import org.springframework.stereotype.Service;

/** The decision record of approval tasks, for any capability that must show who decided what. */
@Service
public class ApprovalRecord {

  private final ApprovalDecisionMapper decisions;

  ApprovalRecord(ApprovalDecisionMapper decisions) {
    this.decisions = decisions;
  }

  /** Every decision taken in one process instance, oldest first. */
  public List<ApprovalDecision> ofProcessInstance(String processInstanceId) {
    return decisions.findByProcessInstance(processInstanceId);
  }

  /** Every decision taken on one business object (a deal, a commitment), oldest first. */
  public List<ApprovalDecision> ofBusinessKey(String businessKey) {
    return decisions.findByBusinessKey(businessKey);
  }

  void add(ApprovalDecision decision) {
    decisions.insert(decision);
  }
}
