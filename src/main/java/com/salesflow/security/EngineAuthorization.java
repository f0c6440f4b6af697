package com.salesflow.security;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * How the engine grants access to tasks (authorization itself is switched on by
 * {@code camunda.bpm.authorization.enabled}). Assignees, owners and candidates get
 * {@code TASK_WORK} (read, claim, complete) rather than {@code UPDATE}, which would also let a
 * candidate hand the task to anyone; and a task taken from someone is taken from them for good
 * ({@link TaskAccessRevocation}).
 */
@Component
class EngineAuthorization extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
    configuration.setResourceAuthorizationProvider(new TaskAccessRevocation());
  }
}
