package com.salesflow.pipeline;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws in a generic engine exception, which engine REST
 * and Tasklist answer with 500. This interceptor, outside the engine's transaction, hands a refused
 * stage gate on as itself, a form validation failure, so that they answer 400 with its message.
 */
class StageGateUnwrapper extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof StageGateRefusedException refused) {
          throw refused;
        }
      }
      throw e;
    }
  }
}
