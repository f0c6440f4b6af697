package com.salesflow.engine;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener or an expression throws in a generic engine exception, which
 * engine REST and Tasklist answer with 500 and our API cannot tell from a fault. This interceptor,
 * outside the engine's transaction, hands a {@link Refusal} on as itself: a refused stage gate then
 * reaches engine REST and Tasklist as the form validation failure it is (400).
 */
@Component
class RefusalUnwrapper extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPreCommandInterceptor(configuration, new Interceptor());
  }

  private static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof Refusal && cause instanceof RuntimeException refusal) {
            throw refusal;
          }
        }
        throw e;
      }
    }
  }
}
