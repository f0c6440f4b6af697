package com.salesflow.contract;

import com.salesflow.pipeline.AttachmentService;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Listens to the tasks of {@code contract-review}, by the bean name {@code contractReviewTasks}:
 * records how long each branch keeps the deal waiting, refuses a legal review without a contract
 * draft, and refuses to close a rework that added no new version of the draft.
 */
@Component("contractReviewTasks")
class ContractReviewTasks implements TaskListener {

  static final String CONTRACT_KIND = "contract-draft";
  static final String BRANCH_PROPERTY = "reviewBranch";
  /** The version of the draft legal last decided on. */
  static final String REVIEWED_VERSION = "reviewedContractVersion";

  private final ContractReviewSpanMapper spans;
  private final AttachmentService attachments;

  ContractReviewTasks(ContractReviewSpanMapper spans, AttachmentService attachments) {
    this.spans = spans;
    this.attachments = attachments;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewBranch branch = branchOf(task);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String opportunityId = task.getExecution().getProcessBusinessKey();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> spans.insert(ContractReviewSpan.opened(opportunityId,
          task.getProcessInstanceId(), task.getId(), branch, now));
      case EVENTNAME_COMPLETE -> {
        check(task, branch, opportunityId);
        close(task, now);
      }
      case EVENTNAME_DELETE -> close(task, now);
      default -> { }
    }
  }

  private void check(DelegateTask task, ReviewBranch branch, String opportunityId) {
    int latest = attachments.latestVersion(opportunityId, CONTRACT_KIND);
    if (branch == ReviewBranch.LEGAL_REVIEW) {
      if (latest == 0) {
        throw new ContractReviewRefusedException(CONTRACT_KIND,
            "尚无合同草稿：请销售代表先上传附件「合同草稿」(" + CONTRACT_KIND + ")");
      }
      task.setVariable(REVIEWED_VERSION, latest);
    }
    if (branch == ReviewBranch.REWORK && latest <= reviewedVersion(task)) {
      throw new ContractReviewRefusedException(CONTRACT_KIND, "请先上传修改后的合同草稿（"
          + CONTRACT_KIND + "）：法务审阅的是第 " + reviewedVersion(task) + " 版");
    }
  }

  private void close(DelegateTask task, Instant now) {
    spans.findByTask(task.getId()).ifPresent(span ->
        spans.close(task.getId(), now, span.millisUntil(now)));
  }

  private static int reviewedVersion(DelegateTask task) {
    Object version = task.getVariable(REVIEWED_VERSION);
    return version instanceof Number number ? number.intValue() : 0;
  }

  private static ReviewBranch branchOf(DelegateTask task) {
    return ReviewBranch.valueOf(
        TaskProperties.required(task.getBpmnModelElementInstance(), BRANCH_PROPERTY));
  }
}
