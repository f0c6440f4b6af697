package com.salesflow.pipeline;

import com.salesflow.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What a stage's SLA boundary timers call, by the bean name {@code stageSla}: the timer's due date,
 * {@code ${stageSla.due(execution, 'YELLOW')}}, counted in working days from the moment the deal
 * entered the stage; and, when it fires, {@code ${stageSla.reached(execution, 'YELLOW')}}, which
 * records the level on the stay, raises the task's priority and publishes {@link StageOverdue}.
 * A level reached is a business event, kept on the stay and in the notices; the log has it at debug
 * only, since a Monday morning can bring thousands of them.
 */
@Component("stageSla")
public class StageSlaTimers {

  private static final Logger log = LoggerFactory.getLogger(StageSlaTimers.class);

  private final PipelineCatalog catalog;
  private final StageVisitMapper visits;
  private final StageJournal journal;
  private final WorkingCalendar calendar;
  private final TaskService tasks;
  private final ApplicationEventPublisher events;

  StageSlaTimers(PipelineCatalog catalog, StageVisitMapper visits, StageJournal journal,
      WorkingCalendar calendar, @Lazy TaskService tasks, ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.visits = visits;
    this.journal = journal;
    this.calendar = calendar;
    this.tasks = tasks;
    this.events = events;
  }

  /**
   * The instant the deal's stay in the stage reaches {@code level}, counted from when the stay
   * began: now for a deal entering the stage, the recorded entry for one whose running instance
   * moves to a new diagram version, so a changed SLA applies from the entry, not from the move.
   */
  public Date due(DelegateExecution execution, String level) {
    Stage stage = stageOf(execution);
    Instant entered = journal.openStayEntry(execution.getProcessBusinessKey(), stage.key())
        .orElseGet(() -> ClockUtil.getCurrentTime().toInstant());
    return Date.from(sla(stage).dueAt(entered, SlaLevel.valueOf(level), calendar));
  }

  /** The deal's stay in the stage has reached {@code level}. */
  public void reached(DelegateExecution execution, String level) {
    SlaLevel reached = SlaLevel.valueOf(level);
    Stage stage = stageOf(execution);
    String opportunityId = execution.getProcessBusinessKey();
    OpenStay stay = visits.findOpenStay(opportunityId).orElse(null);
    if (stay == null || !stay.stageKey().equals(stage.key())
        || visits.raiseSlaLevel(opportunityId, stay.visitId(), reached) == 0) {
      log.debug("Opportunity {} already past {} in {}; nothing to raise", opportunityId, level,
          stage.key());
      return;
    }
    raisePriority(execution.getProcessInstanceId(), stage, reached);
    log.debug("Opportunity {} turned {} in stage {}", opportunityId, reached, stage.key());
    events.publishEvent(new StageOverdue(opportunityId, stay.visitId(), stay.customer(),
        stay.title(), stay.ownerId(), stage.key(), stage.name(), reached,
        sla(stage).workingDays(reached), stay.enteredAt()));
  }

  /**
   * Finds the stage's task among the instance's tasks with the engine's plain look-up by instance
   * rather than a task query, whose dynamic SQL costs more to build than the timer's own work. The
   * task it loads stays in the command's cache, where {@code setPriority} finds it.
   */
  private void raisePriority(String processInstanceId, Stage stage, SlaLevel level) {
    Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId)
        .stream()
        .filter(task -> stage.key().equals(task.getTaskDefinitionKey()))
        .findFirst()
        .ifPresent(task -> tasks.setPriority(task.getId(), level.taskPriority()));
  }

  private Stage stageOf(DelegateExecution execution) {
    Pipeline pipeline = catalog.ofDefinition(execution.getProcessDefinitionId()).orElseThrow(() ->
        new IllegalStateException(execution.getProcessDefinitionId() + " is not a pipeline"));
    String stageKey = stageKeyOf(execution);
    return pipeline.stage(stageKey).orElseThrow(() ->
        new IllegalStateException(stageKey + " is not a stage of " + pipeline.key()));
  }

  /** The timer's stage: the task it is attached to, or the activity the execution is in. */
  private static String stageKeyOf(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo().getId();
    }
    return execution.getCurrentActivityId();
  }

  private static StageSla sla(Stage stage) {
    if (stage.sla() == null) {
      throw new IllegalStateException("Stage " + stage.key()
          + " has SLA timers but declares no slaYellowDays and slaRedDays");
    }
    return stage.sla();
  }
}
