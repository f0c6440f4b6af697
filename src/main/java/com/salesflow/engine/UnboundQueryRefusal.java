package com.salesflow.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * With {@code queryMaxResultsLimit} set, Camunda refuses a logged-in user's query that asks for
 * every row, but says only that an unbound number of results is forbidden. This restates that
 * refusal with the limit and how to page, on every interface (engine REST and Tasklist answer
 * 400). A query that asks for more rows than the limit is already refused naming it.
 */
@Component
class UnboundQueryRefusal extends AbstractProcessEnginePlugin {

  /** Camunda 7.24's wording (QueryMaxResultsLimitUtil); QueryMaxResultsLimitIT notices a change. */
  private static final String UNBOUND = "An unbound number of results is forbidden";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPreCommandInterceptor(configuration, new Interceptor(configuration));
  }

  private static final class Interceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Interceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (BadUserRequestException e) {
        if (e.getMessage() == null || !e.getMessage().startsWith(UNBOUND)) {
          throw e;
        }
        int limit = configuration.getQueryMaxResultsLimit();
        throw new BadUserRequestException("A query may return at most " + limit
            + " results and must say how many it wants: page with firstResult and maxResults"
            + " (maxResults at most " + limit + ")", e);
      }
    }
  }
}
