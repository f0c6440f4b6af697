package com.salesflow.pipeline;

import com.salesflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs on every user task of a pipeline: records the stage entry when the task is created and gives
 * the task the stage's red time as its due date, holds the stage gate when it is completed (on every
 * path: our API, engine REST, Tasklist), and records the exit. The engine's clock is used so that
 * moving it for a rehearsal moves the history too.
 */
@Component
class StageTaskListener implements TaskListener {

  private final PipelineCatalog catalog;
  private final StageJournal journal;
  private final AttachmentMapper attachments;
  private final WorkingCalendar calendar;
  private final EntryProcesses entryProcesses;

  StageTaskListener(PipelineCatalog catalog, StageJournal journal, AttachmentMapper attachments,
      WorkingCalendar calendar, EntryProcesses entryProcesses) {
    this.catalog = catalog;
    this.journal = journal;
    this.attachments = attachments;
    this.calendar = calendar;
    this.entryProcesses = entryProcesses;
  }

  @Override
  public void notify(DelegateTask task) {
    Pipeline pipeline = catalog.ofDefinition(task.getProcessDefinitionId()).orElse(null);
    Stage stage = pipeline == null ? null : pipeline.stage(task.getTaskDefinitionKey()).orElse(null);
    if (stage == null) {
      return;
    }
    String opportunityId = task.getExecution().getProcessBusinessKey();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> entered(task, pipeline, stage, opportunityId, now);
      case EVENTNAME_COMPLETE -> completed(task, pipeline, stage, opportunityId, now);
      case EVENTNAME_DELETE -> deleted(task, stage, opportunityId, now);
      default -> { }
    }
  }

  private void entered(DelegateTask task, Pipeline pipeline, Stage stage, String opportunityId,
      Instant now) {
    journal.entered(opportunityId, pipeline, stage, now, actor(task));
    task.setDescription("客户：" + task.getVariable(PipelineVariables.CUSTOMER)
        + "　商机：" + task.getVariable(PipelineVariables.TITLE));
    task.setPriority(SlaLevel.GREEN.taskPriority());
    if (stage.sla() != null) {
      task.setDueDate(Date.from(stage.sla().dueAt(now, SlaLevel.RED, calendar)));
    }
    entryProcesses.start(stage, task, opportunityId);
  }

  private void deleted(DelegateTask task, Stage stage, String opportunityId, Instant now) {
    journal.left(opportunityId, StageOutcome.CANCELLED, task.getDeleteReason(), now, actor(task));
    entryProcesses.cancel(stage, opportunityId, "stage " + stage.key() + " left: "
        + task.getDeleteReason());
  }

  private void completed(DelegateTask task, Pipeline pipeline, Stage stage, String opportunityId,
      Instant now) {
    List<MissingItem> missing = new ArrayList<>(
        pipeline.missingToLeave(stage, facts(task, stage, opportunityId)));
    missing.addAll(entryProcesses.missingFor(stage, opportunityId));
    if (!missing.isEmpty()) {
      throw new StageGateRefusedException(stage, missing);
    }
    boolean won = pipeline.isLast(stage);
    journal.left(opportunityId, won ? StageOutcome.WON : StageOutcome.ADVANCED, null, now,
        actor(task));
    if (won) {
      journal.closed(opportunityId, OpportunityStatus.WON, null, now);
    }
  }

  /** Attachments are read only for a stage that asks for some: a query less on most exits. */
  private DealFacts facts(DelegateTask task, Stage stage, String opportunityId) {
    Map<String, Object> values = task.getVariables();
    Set<String> kinds = stage.exitCriteria().attachments().isEmpty()
        ? Set.of() : attachments.findKinds(opportunityId);
    return new DealFacts(values, kinds);
  }

  private static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
