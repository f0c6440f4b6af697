package com.salesflow.pipeline;

import com.salesflow.shared.Refusal;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment broke Salesflow's diagram rules and was not deployed. Engine REST (and so Camunda
 * Modeler's deploy button) answers it with 400 and this message, which names each element and rule.
 */
public class DiagramRefusedException extends BadUserRequestException implements Refusal {

  private final List<String> violations;

  DiagramRefusedException(String resource, List<String> violations) {
    super("部署被拒绝：" + resource + " 不符合 Salesflow 的流程规则 — " + String.join("; ", violations));
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }
}
