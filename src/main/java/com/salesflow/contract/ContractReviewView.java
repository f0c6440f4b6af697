package com.salesflow.contract;

import com.salesflow.pipeline.Attachment;
import java.util.List;
import java.util.Map;

/**
 * Where a deal's contract review stands: the state of its latest review, the tasks still open,
 * every version of the contract draft, and how long the deal waited in each branch (milliseconds,
 * open tasks counted until now), with the spans that add up to it.
 *
 * @param status {@code NOT_STARTED}, {@code IN_REVIEW}, {@code APPROVED} or {@code CANCELLED}
 */
record ContractReviewView(
    String opportunityId, String status, String processInstanceId, List<OpenTask> openTasks,
    List<Attachment> contractVersions, Map<ReviewBranch, Long> waitedMs,
    List<ContractReviewSpan> spans) {

  /** A review task that is not done yet, and who holds it (null while only a group does). */
  record OpenTask(String id, String key, String name, String assignee) {}
}
