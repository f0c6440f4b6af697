package com.salesflow.pipeline;

import com.salesflow.access.Roles;
import com.salesflow.engine.EngineExtensions;
import com.salesflow.engine.GroupGrants;
import java.io.ByteArrayInputStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets reps and supervisors open a deal from Tasklist's "Start process" in every pipeline, and in
 * no other process: contract reviews, sign-offs and customer requests start only from Salesflow.
 * The engine's {@code CREATE_INSTANCE} on a pipeline's key is granted to the sales groups as the
 * pipeline is deployed, and at start-up for pipelines deployed before this existed.
 */
@Component
class PipelineStarters extends AbstractProcessEnginePlugin implements Deployer,
    ApplicationRunner {

  private final AuthorizationService authorizations;
  private final PipelineCatalog catalog;

  PipelineStarters(@Lazy AuthorizationService authorizations, PipelineCatalog catalog) {
    this.authorizations = authorizations;
    this.catalog = catalog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostDeployer(configuration, this);
  }

  @Override
  public void run(ApplicationArguments args) {
    catalog.allLatest().forEach(pipeline -> grantStart(authorizations, pipeline.key()));
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getDeployedProcessDefinitions() == null) {
      return;
    }
    for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
      if (isPipeline(deployment, definition)) {
        // The deployer (a process owner) may not grant; the grant is the system's.
        AuthorizationService engine =
            Context.getProcessEngineConfiguration().getAuthorizationService();
        Context.getCommandContext().runWithoutAuthorization(() -> {
          grantStart(engine, definition.getKey());
          return null;
        });
      }
    }
  }

  private static boolean isPipeline(DeploymentEntity deployment, ProcessDefinition definition) {
    ResourceEntity resource = deployment.getResource(definition.getResourceName());
    Process process = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
        .getModelElementById(definition.getKey());
    return process != null
        && ExtensionProperties.has(process, PipelineCatalog.PIPELINE_PROPERTY, "true");
  }

  private static void grantStart(AuthorizationService authorizations, String pipelineKey) {
    for (String group : Roles.SALES_GROUPS) {
      GroupGrants.grant(authorizations, group, Resources.PROCESS_DEFINITION, pipelineKey,
          Permissions.CREATE_INSTANCE);
    }
  }
}
