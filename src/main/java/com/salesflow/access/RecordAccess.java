package com.salesflow.access;

import com.salesflow.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Row-level rules of our API for records that have an owner (deals, leads, commitments). The
 * caller reads and changes what their {@link Reach} covers. An approver also reads the record a
 * task of theirs is about (assigned to them, delegated by them, or offered to their group), by the
 * business key of the task's process, but changes nothing there. Anything else answers as if it
 * did not exist, so that an id reveals nothing.
 */
@Component
public class RecordAccess {

  private final Reaches reaches;
  private final TaskService tasks;
  private final ObjectProvider<RecordOwners> owners;

  RecordAccess(Reaches reaches, TaskService tasks, ObjectProvider<RecordOwners> owners) {
    this.reaches = reaches;
    this.tasks = tasks;
    this.owners = owners;
  }

  /** Refuses with 404 unless the caller may read the {@code kind} record {@code id}. */
  public void requireReadable(String kind, String id, String ownerId, String businessKey) {
    Authentication caller = caller();
    if (!reaches.covers(reaches.of(caller), ownerId) && !worksOn(caller, businessKey)) {
      throw new NotFoundException(kind, id);
    }
  }

  /**
   * Refuses with 404 unless the caller may read the record that a process's business key names,
   * whichever capability it belongs to.
   */
  public void requireReadableKey(String businessKey) {
    String owner = owners.orderedStream().map(o -> o.ownerOf(businessKey))
        .flatMap(Optional::stream).findFirst().orElse(null);
    requireReadable("Record", businessKey, owner, businessKey);
  }

  /**
   * Refuses with 404 unless the caller may read the record, and with 403 when they may read but
   * not change it.
   */
  public void requireChangeable(String kind, String id, String ownerId, String businessKey) {
    Authentication caller = caller();
    if (reaches.covers(reaches.of(caller), ownerId)) {
      return;
    }
    if (worksOn(caller, businessKey)) {
      throw new AccessDeniedException(kind + " " + id + " belongs to " + ownerId
          + "; your task on it lets you read it, not change it");
    }
    throw new NotFoundException(kind, id);
  }

  /**
   * The owners a list may show the caller, or empty for everyone's. A list asked for one owner
   * outside the caller's reach is refused with 403.
   */
  public Optional<List<String>> listableOwners(String requestedOwner) {
    Reach reach = reaches.of(caller());
    if (requestedOwner != null) {
      if (!reaches.covers(reach, requestedOwner)) {
        throw new AccessDeniedException("The records of " + requestedOwner
            + " are not visible to you");
      }
      return Optional.of(List.of(requestedOwner));
    }
    return reaches.owners(reach);
  }

  /** Refuses with 403 a record made for {@code ownerId} by a caller whose reach does not cover. */
  public void requireMayActFor(String ownerId) {
    if (!reaches.covers(reaches.of(caller()), ownerId)) {
      throw new AccessDeniedException("You may not act for " + ownerId);
    }
  }

  /**
   * Whether the caller has an open task under the key: assigned to them, delegated by them, or
   * waiting to be claimed by one of their groups.
   */
  private boolean worksOn(Authentication caller, String businessKey) {
    if (businessKey == null) {
      return false;
    }
    String user = caller.getName();
    List<String> groups = Roles.groupsOf(caller);
    TaskQuery query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey);
    if (groups.isEmpty()) {
      query.or().taskAssignee(user).taskOwner(user).endOr();
    } else {
      query.or().taskAssignee(user).taskOwner(user).taskCandidateGroupIn(groups).endOr();
    }
    return query.count() > 0;
  }

  private static Authentication caller() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      throw new AccessDeniedException("No one is logged in");
    }
    return caller;
  }
}
