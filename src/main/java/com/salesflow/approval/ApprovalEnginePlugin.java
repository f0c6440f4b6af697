package com.salesflow.approval;

import com.salesflow.engine.EngineExtensions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every diagram the {@link AssigneeGuard}, ahead of any other listener,
 * and every task that declares a {@code decisions} property its {@link DecisionListener}. A
 * declaration naming an outcome that does not exist refuses the deployment.
 */
@Component
class ApprovalEnginePlugin extends AbstractProcessEnginePlugin {

  private final AssigneeGuard guard;
  private final ApprovalRecord record;

  ApprovalEnginePlugin(AssigneeGuard guard, ApprovalRecord record) {
    this.guard = guard;
    this.record = record;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addParseListener(configuration, new ParseListener());
  }

  private class ParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      TaskDefinition task = behavior.getTaskDefinition();
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
      declaredDecisions(element).ifPresent(accepted -> {
        DecisionListener listener = new DecisionListener(accepted, record);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
      });
    }
  }

  private static Optional<Set<Decision>> declaredDecisions(Element task) {
    Element extensions = task.element("extensionElements");
    Element properties = extensions == null
        ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return Optional.empty();
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .filter(p -> ApprovalVariables.DECISIONS_PROPERTY.equals(p.attribute("name")))
        .findFirst()
        .map(p -> parse(task.attribute("id"), p.attribute("value")));
  }

  private static Set<Decision> parse(String taskId, String value) {
    Set<Decision> accepted = EnumSet.noneOf(Decision.class);
    for (String name : (value == null ? "" : value).split(",")) {
      if (name.isBlank()) {
        continue;
      }
      Decision decision = Arrays.stream(Decision.values())
          .filter(d -> d.isOutcome() && d.name().equals(name.strip()))
          .findFirst()
          .orElseThrow(() -> new DecisionsDeclarationException(taskId + ": decisions names '"
              + name.strip() + "', which is not one of " + outcomes()));
      accepted.add(decision);
    }
    if (accepted.isEmpty()) {
      throw new DecisionsDeclarationException(taskId + ": decisions lists no outcome; name some of "
          + outcomes());
    }
    return accepted;
  }

  private static String outcomes() {
    return Arrays.stream(Decision.values()).filter(Decision::isOutcome).map(Decision::name)
        .collect(Collectors.joining(", "));
  }
}
