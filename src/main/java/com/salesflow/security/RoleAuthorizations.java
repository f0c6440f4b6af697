package com.salesflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import com.salesflow.access.Roles;
import com.salesflow.engine.GroupGrants;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations each role needs, granted to its group at every start-up (granting is
 * idempotent, so a node joining a running cluster changes nothing). Everyone who works on tasks
 * may open Tasklist and use and create filters; which tasks they see and work on follows from the
 * tasks themselves (assignee, owner, candidate group). Sales groups may also create process
 * instances, but only of the pipelines ({@code pipeline.PipelineStarters}), which is how a deal
 * opens from Tasklist. Process owners deploy and manage definitions and use Cockpit. Members of
 * {@code camunda-admin} may do everything, as Camunda's own first-run setup would grant them.
 * Deals, leads and customers are read through our API, whose own rules decide; the engine shows
 * running deals to no one but administrators.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoleAuthorizations implements ApplicationRunner {

  /** Groups whose members work on tasks in Tasklist (see docs/security.md, "Roles"). */
  static final List<String> TASK_GROUPS = List.of("sales-rep", "sales-supervisor", "legal",
      "legal-head", "product-director", "tech-lead", "cto", "finance", "process-owner");

  static final String PROCESS_OWNER = "process-owner";

  private static final Logger log = LoggerFactory.getLogger(RoleAuthorizations.class);

  private final AuthorizationService authorizations;

  RoleAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String group : TASK_GROUPS) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.FILTER, ANY, Permissions.READ, Permissions.CREATE);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (String group : Roles.SALES_GROUPS) {
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    grant(PROCESS_OWNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ,
        Permissions.DELETE);
    grant(PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.UPDATE, Permissions.DELETE);
    grant(PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.UPDATE);
    grant(PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    for (Resources resource : Resources.values()) {
      grant(AdminSetupGuard.ADMIN_GROUP, resource, ANY, Permissions.ALL);
    }
    log.info("Engine authorizations of {} roles in place", TASK_GROUPS.size());
  }

  private void grant(String group, Resource resource, String resourceId, Permission... needed) {
    GroupGrants.grant(authorizations, group, resource, resourceId, needed);
  }
}
