package com.salesflow.security;

import com.salesflow.organisation.Organisation;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * How the engine grants access to tasks (authorization itself is switched on by
 * {@code camunda.bpm.authorization.enabled}). Assignees, owners and candidates get
 * {@code TASK_WORK} (read, claim, complete) rather than {@code UPDATE}, which would also let a
 * candidate hand the task to anyone; a task taken from someone is taken from them for good, and
 * the assignee's supervisor may read it ({@link TaskAccessGrants}).
 */
@Component
class EngineAuthorization extends AbstractProcessEnginePlugin {

  private final Organisation organisation;

  EngineAuthorization(@Lazy Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultUserPermissionForTask(TaskPermissions.TASK_WORK);
    configuration.setResourceAuthorizationProvider(
        new TaskAccessGrants(organisation::supervisorOf));
  }
}
