package com.salesflow.security;

import com.salesflow.engine.EngineExtensions;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Our API decides itself what a caller may read and change ({@code access.RecordAccess}) and
 * then works with the engine on the caller's behalf, reading and writing far more than the
 * caller's own engine authorizations allow (the deal's variables, its history, the timers of the
 * next stage). While a request of our API runs, the engine's authorization checks are switched off
 * for the engine calls it makes; the caller stays the engine's authenticated user, so history,
 * the user operation log and the assignee guard still see who acted. Engine REST and the webapps
 * never run under this and keep every check.
 */
@Component
class OwnApiCalls extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostCommandInterceptor(configuration, new Interceptor());
  }

  /** Runs {@code request} as a request of our own API. */
  static void run(ApiRequest request) throws IOException, ServletException {
    RUNNING.set(true);
    try {
      request.proceed();
    } finally {
      RUNNING.remove();
    }
  }

  /** The rest of an API request's handling. */
  interface ApiRequest {
    void proceed() throws IOException, ServletException;
  }

  private static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (RUNNING.get()) {
        Context.getCommandContext().disableAuthorizationCheck();
      }
      return next.execute(command);
    }
  }
}
