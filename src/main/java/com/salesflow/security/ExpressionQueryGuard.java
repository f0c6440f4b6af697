package com.salesflow.security;

import com.salesflow.engine.EngineExtensions;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Compensating control for CVE-2026-109432: Camunda 7.24 evaluates expressions inside the
 * {@code or} branches of a task query even when expressions in ad-hoc queries are disabled, which
 * lets any logged-in user run an expression. This refuses, inside the engine and so on every path
 * (engine REST, Tasklist, filters), a task query, a saved filter or a filter execution whose or
 * branches carry an expression. Expressions at the top level of a stored filter, such as
 * Tasklist's {@code ${currentUser()}}, are unaffected.
 */
@Component
class ExpressionQueryGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPreCommandInterceptor(configuration, new Interceptor());
  }

  private static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof TaskQueryImpl query) {
        refuseOrExpressions(query);
      } else if (command instanceof SaveFilterCmd save) {
        refuseOrExpressions(field(SaveFilterCmd.class, "filter", save));
      } else if (command instanceof AbstractExecuteFilterCmd execute) {
        refuseOrExpressions(field(AbstractExecuteFilterCmd.class, "extendingQuery", execute));
      }
      return next.execute(command);
    }
  }

  private static void refuseOrExpressions(Object queryOrFilter) {
    Object query = queryOrFilter instanceof Filter filter ? filter.getQuery() : queryOrFilter;
    if (!(query instanceof TaskQueryImpl taskQuery)) {
      return;
    }
    for (TaskQueryImpl branch : taskQuery.getQueries()) {
      if (branch != taskQuery && !branch.getExpressions().isEmpty()) {
        throw new BadUserRequestException("Expressions are not allowed in the or branches of a "
            + "task query or filter (" + String.join(", ", branch.getExpressions().keySet())
            + ")");
      }
    }
  }

  private static Object field(Class<?> type, String name, Object command) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
          + "; review ExpressionQueryGuard for this engine version", e);
    }
  }
}
