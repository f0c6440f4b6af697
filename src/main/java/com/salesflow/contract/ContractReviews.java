package com.salesflow.contract;

import com.salesflow.contract.ContractReviewView.OpenTask;
import com.salesflow.pipeline.AttachmentService;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads where a deal's contract review stands and where its time went. */
@Service
@Transactional(readOnly = true)
class ContractReviews {

  static final String PROCESS_KEY = "contract-review";

  private final HistoryService history;
  private final TaskService tasks;
  private final ContractReviewSpanMapper spans;
  private final AttachmentService attachments;

  ContractReviews(HistoryService history, TaskService tasks, ContractReviewSpanMapper spans,
      AttachmentService attachments) {
    this.history = history;
    this.tasks = tasks;
    this.spans = spans;
    this.attachments = attachments;
  }

  ContractReviewView of(String opportunityId) {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(opportunityId)
        .count() == 0) {
      throw new NotFoundException("Opportunity", opportunityId);
    }
    HistoricProcessInstance latest = latestReview(opportunityId);
    List<ContractReviewSpan> all = spans.findByOpportunity(opportunityId);
    return new ContractReviewView(opportunityId, status(latest),
        latest == null ? null : latest.getId(), openTasks(latest),
        attachments.versions(opportunityId, ContractReviewTasks.CONTRACT_KIND), waited(all), all);
  }

  /**
   * The running review if there is one, else the last started. Camunda's MySQL columns keep whole
   * seconds, so a review started again in the second the last one ended ties on start time.
   */
  private HistoricProcessInstance latestReview(String opportunityId) {
    List<HistoricProcessInstance> running = reviews(opportunityId).unfinished().listPage(0, 1);
    if (!running.isEmpty()) {
      return running.get(0);
    }
    List<HistoricProcessInstance> latest =
        reviews(opportunityId).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0);
  }

  private HistoricProcessInstanceQuery reviews(String opportunityId) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(opportunityId);
  }

  private static String status(HistoricProcessInstance review) {
    if (review == null) {
      return "NOT_STARTED";
    }
    return switch (review.getState()) {
      case HistoricProcessInstance.STATE_COMPLETED -> "APPROVED";
      case HistoricProcessInstance.STATE_ACTIVE, HistoricProcessInstance.STATE_SUSPENDED ->
          "IN_REVIEW";
      default -> "CANCELLED";
    };
  }

  private List<OpenTask> openTasks(HistoricProcessInstance review) {
    if (review == null) {
      return List.of();
    }
    return tasks.createTaskQuery().processInstanceId(review.getId()).orderByTaskName().asc()
        .unlimitedList().stream()
        .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee()))
        .toList();
  }

  private static Map<ReviewBranch, Long> waited(List<ContractReviewSpan> all) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Map<ReviewBranch, Long> waited = new EnumMap<>(ReviewBranch.class);
    for (ReviewBranch branch : ReviewBranch.values()) {
      waited.put(branch, 0L);
    }
    all.forEach(span -> waited.merge(span.branch(), span.millisUntil(now), Long::sum));
    return waited;
  }
}
