package com.salesflow.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The order in which a process reaches its elements, as pipelines and reports number stages. */
public final class FlowOrder {

  private FlowOrder() {}

  /**
   * The user tasks in the order a deal reaches them, following the sequence flows themselves: a
   * diagram need not list each node's outgoing flows (Modeler does, other tools may not).
   */
  public static List<UserTask> userTasks(Process process) {
    Map<String, List<FlowNode>> targetsBySource = new HashMap<>();
    for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
      targetsBySource.computeIfAbsent(flow.getSource().getId(), id -> new ArrayList<>())
          .add(flow.getTarget());
    }
    Deque<FlowNode> next = new ArrayDeque<>(process.getChildElementsByType(StartEvent.class));
    Set<String> seen = new HashSet<>();
    List<UserTask> tasks = new ArrayList<>();
    while (!next.isEmpty()) {
      FlowNode node = next.poll();
      if (!seen.add(node.getId())) {
        continue;
      }
      if (node instanceof UserTask task) {
        tasks.add(task);
      }
      next.addAll(targetsBySource.getOrDefault(node.getId(), List.of()));
    }
    return tasks;
  }
}
