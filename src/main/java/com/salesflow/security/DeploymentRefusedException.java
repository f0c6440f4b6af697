package com.salesflow.security;

import com.salesflow.shared.Refusal;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment could run unreviewed code; engine REST and Modeler answer it with 400. */
class DeploymentRefusedException extends BadUserRequestException implements Refusal {

  DeploymentRefusedException(String resource, List<String> violations) {
    super("部署被拒绝：" + resource + " 含有不允许的内容 — " + String.join("; ", violations));
  }
}
