package com.salesflow.commitment;

import com.salesflow.approval.ApprovalVariables;
import com.salesflow.notification.Notice;
import com.salesflow.notification.Notifications;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What {@code commitment-signoff} calls, by the bean name {@code commitmentSignoff}: it records the
 * scope the decision table chose, keeps the product director's opinion for the CTO, and records
 * the outcome, telling the rep, in the engine's transaction.
 */
@Component("commitmentSignoff")
public class CommitmentSignoff {

  private static final Logger log = LoggerFactory.getLogger(CommitmentSignoff.class);

  private final CommitmentMapper commitments;
  private final Notifications notifications;

  CommitmentSignoff(CommitmentMapper commitments, Notifications notifications) {
    this.commitments = commitments;
    this.notifications = notifications;
  }

  /** The decision table has placed the promise within or beyond the roadmap. */
  public void scoped(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    CommitmentScope scope = CommitmentScope.valueOf(
        (String) execution.getVariable(CommitmentVariables.SCOPE));
    commitments.updateScope(id, scope);
    log.info("Commitment {} is {}", id, scope);
  }

  /** Keeps the product director's opinion, which the next task's decision fields start empty. */
  public void opinionGiven(DelegateTask task) {
    task.getExecution().setVariable(CommitmentVariables.PRODUCT_OPINION,
        task.getVariable(ApprovalVariables.COMMENT));
  }

  public void approved(DelegateExecution execution) {
    decide(execution, CommitmentStatus.APPROVED, "【承诺已批准】",
        "已批准，可下载承诺函发给客户。");
  }

  public void rejected(DelegateExecution execution) {
    decide(execution, CommitmentStatus.REJECTED, "【承诺未获批准】", "未获批准。");
  }

  private void decide(DelegateExecution execution, CommitmentStatus status, String subject,
      String verdict) {
    String id = execution.getProcessBusinessKey();
    Commitment commitment = commitments.findById(id).orElseThrow(() -> new IllegalStateException(
        "commitment-signoff runs for commitment " + id + ", which is gone"));
    String comment = (String) execution.getVariable(ApprovalVariables.COMMENT);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (commitments.decide(id, status, comment, now) == 0) {
      return;
    }
    String reason = comment == null || comment.isBlank() ? "" : "意见：" + comment;
    notifications.post(new Notice("commitment-" + status.name().toLowerCase() + ":" + id,
        commitment.requestedBy(), subject + commitment.capability(),
        "您向「" + commitment.customer() + "」承诺在 " + commitment.promisedDate() + " 前提供「"
            + commitment.capability() + "」" + verdict + reason,
        "/api/commitments/" + id));
    log.info("Commitment {} of {} {}", id, commitment.opportunityId(), status);
  }
}
