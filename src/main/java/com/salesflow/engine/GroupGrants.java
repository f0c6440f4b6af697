package com.salesflow.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Grants a group permissions on an engine resource, idempotently: an existing grant gains what
 * it lacks, a complete one is left alone, and a grant another node saved at the same moment is
 * accepted rather than failing the start-up.
 */
public final class GroupGrants {

  private GroupGrants() {}

  public static void grant(AuthorizationService authorizations, String group, Resource resource,
      String resourceId, Permission... needed) {
    Authorization existing = find(authorizations, group, resource, resourceId);
    if (existing != null && hasAll(existing, needed)) {
      return;
    }
    Authorization grant = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : needed) {
      grant.addPermission(permission);
    }
    try {
      authorizations.saveAuthorization(grant);
    } catch (ProcessEngineException e) {
      Authorization granted = find(authorizations, group, resource, resourceId);
      if (granted == null || !hasAll(granted, needed)) {
        throw e;
      }
    }
  }

  private static Authorization find(AuthorizationService authorizations, String group,
      Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
        .resourceType(resource).resourceId(resourceId).singleResult();
  }

  private static boolean hasAll(Authorization authorization, Permission... needed) {
    for (Permission permission : needed) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
