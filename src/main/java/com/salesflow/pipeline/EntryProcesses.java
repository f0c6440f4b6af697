package com.salesflow.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The process a stage declares with {@code entryProcess}: started for the deal, under the deal's id
 * as business key, when the deal enters the stage; the deal may leave the stage only once the
 * latest such instance has reached its end. A stay that ends otherwise cancels the instance.
 */
@Component
class EntryProcesses {

  private static final Logger log = LoggerFactory.getLogger(EntryProcesses.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;

  EntryProcesses(@Lazy RuntimeService runtime, @Lazy HistoryService history,
      @Lazy TaskService tasks) {
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
  }

  void start(Stage stage, DelegateTask stageTask, String opportunityId) {
    if (stage.entryProcess() == null) {
      return;
    }
    cancel(stage, opportunityId, "superseded by a new stay in " + stage.key());
    runtime.startProcessInstanceByKey(stage.entryProcess(), opportunityId,
        Variables.createVariables()
            .putValue(PipelineVariables.OWNER, stageTask.getVariable(PipelineVariables.OWNER))
            .putValue(PipelineVariables.CUSTOMER, stageTask.getVariable(PipelineVariables.CUSTOMER))
            .putValue(PipelineVariables.TITLE, stageTask.getVariable(PipelineVariables.TITLE)));
    log.info("Opportunity {} entered {}: started {}", opportunityId, stage.key(),
        stage.entryProcess());
  }

  void cancel(Stage stage, String opportunityId, String reason) {
    if (stage.entryProcess() == null) {
      return;
    }
    runtime.createProcessInstanceQuery().processDefinitionKey(stage.entryProcess())
        .processInstanceBusinessKey(opportunityId).unlimitedList()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), reason));
  }

  /** The entry process, when it has not finished yet, as the item the stage still lacks. */
  List<MissingItem> missingFor(Stage stage, String opportunityId) {
    if (stage.entryProcess() == null) {
      return List.of();
    }
    List<HistoricProcessInstance> latest = latest(stage, opportunityId);
    if (!latest.isEmpty() && HistoricProcessInstance.STATE_COMPLETED.equals(
        latest.get(0).getState())) {
      return List.of();
    }
    return List.of(MissingItem.process(stage.entryProcess(), label(stage, latest)));
  }

  /**
   * The running instance if there is one, else the last started. Camunda's MySQL columns keep
   * whole seconds, so an instance started again in the second the last one ended ties on start
   * time with it; ordering alone could pick the finished one and open the gate.
   */
  private List<HistoricProcessInstance> latest(Stage stage, String opportunityId) {
    List<HistoricProcessInstance> running = instances(stage, opportunityId).unfinished()
        .listPage(0, 1);
    return running.isEmpty()
        ? instances(stage, opportunityId).orderByProcessInstanceStartTime().desc().listPage(0, 1)
        : running;
  }

  private HistoricProcessInstanceQuery instances(Stage stage, String opportunityId) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(stage.entryProcess()).processInstanceBusinessKey(opportunityId);
  }

  private String label(Stage stage, List<HistoricProcessInstance> latest) {
    if (latest.isEmpty()) {
      return stage.entryProcess() + "：未启动";
    }
    HistoricProcessInstance instance = latest.get(0);
    String name = instance.getProcessDefinitionName() == null
        ? stage.entryProcess() : instance.getProcessDefinitionName();
    String open = tasks.createTaskQuery().processInstanceId(instance.getId()).unlimitedList()
        .stream().map(Task::getName).collect(Collectors.joining("、"));
    return open.isEmpty() ? name + "：未完成" : name + "：待完成 " + open;
  }
}
