package com.salesflow.engine;

import com.salesflow.shared.Refusal;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Someone else completed the task at the same moment and got there first. It is a REST exception
 * carrying 409 because engine REST passes a REST exception's status on to the caller as it is.
 */
public class TaskCompletedConcurrentlyException extends RestException implements Refusal {

  TaskCompletedConcurrentlyException(Exception cause) {
    super(Status.CONFLICT, cause,
        "Someone else completed this task at the same moment; reload and try again");
  }
}
