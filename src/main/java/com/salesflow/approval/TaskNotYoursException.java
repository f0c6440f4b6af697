package com.salesflow.approval;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.AuthorizationException;

/**
 * Someone tried to complete a task that is not assigned to them. Engine REST, Tasklist and our API
 * answer it with 403, and the task stays as it was.
 */
public class TaskNotYoursException extends AuthorizationException implements Refusal {

  TaskNotYoursException(String message) {
    super(message);
  }
}
