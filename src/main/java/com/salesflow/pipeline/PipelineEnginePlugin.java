package com.salesflow.pipeline;

import com.salesflow.engine.EngineExtensions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Attaches Salesflow's listeners to every deployed process, so that a process owner's diagram needs
 * nothing but its stage declarations: the start listener creates or links the deal, the task
 * listener records stages and holds their gates. Both ignore processes that are not pipelines.
 * Every new deployment passes {@link DiagramCheck} first.
 */
@Component
class PipelineEnginePlugin extends AbstractProcessEnginePlugin {

  private final OpportunityStartListener startListener;
  private final StageTaskListener stageListener;
  private final DiagramCheck diagramCheck;

  PipelineEnginePlugin(OpportunityStartListener startListener, StageTaskListener stageListener,
      DiagramCheck diagramCheck) {
    this.startListener = startListener;
    this.stageListener = stageListener;
    this.diagramCheck = diagramCheck;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addParseListener(configuration, new ParseListener());
    EngineExtensions.addPreDeployer(configuration, diagramCheck, false);
  }

  private class ParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity processDefinition) {
      processDefinition.addListener(ExecutionListener.EVENTNAME_START, startListener);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (!(scope instanceof ProcessDefinitionEntity)
          || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      TaskDefinition task = behavior.getTaskDefinition();
      task.addTaskListener(TaskListener.EVENTNAME_CREATE, stageListener);
      task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, stageListener);
      task.addTaskListener(TaskListener.EVENTNAME_DELETE, stageListener);
    }
  }
}
