package com.salesflow.engine;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Two people completing the same task at the same moment: the engine lets one through and fails
 * the other, with an optimistic-locking error or, depending on how far the first had got, with
 * "task not found" or a listener meeting a vanished execution; engine REST reports each as a
 * server fault (500). When a completion fails and the task turns out to have been completed by
 * someone else meanwhile, this answers the loss of the race as a
 * {@link TaskCompletedConcurrentlyException}, which every interface answers with 409. Any other
 * failure, such as a task id that never existed, passes unchanged.
 */
@Component
class ConcurrentCompletion extends AbstractProcessEnginePlugin {

  private final HistoryService history;
  private ProcessEngineConfigurationImpl configuration;

  ConcurrentCompletion(@Lazy HistoryService history) {
    this.history = history;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    EngineExtensions.addPreCommandInterceptor(configuration, new Interceptor());
  }

  /**
   * Whether the task was completed by someone else. When the check fails too, as it does once the
   * database is gone, the completion's own failure is the one to report.
   */
  private boolean completedMeanwhile(Command<?> command, RuntimeException failure) {
    try {
      return wasCompleted(command);
    } catch (ProcessEngineException checkFailed) {
      failure.addSuppressed(checkFailed);
      return false;
    }
  }

  private boolean wasCompleted(Command<?> command) {
    try {
      Field taskId = command.getClass().getDeclaredField("taskId");
      taskId.setAccessible(true);
      String id = (String) taskId.get(command);
      // The loser may not read history under the engine's authorizations; the answer is ours.
      return configuration.getCommandExecutorTxRequired().execute(context ->
          context.runWithoutAuthorization(() ->
              history.createHistoricTaskInstanceQuery().taskId(id).finished().count() > 0));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName()
          + " has no task id field; review ConcurrentCompletion for this engine version", e);
    }
  }

  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (OptimisticLockingException e) {
        throw new TaskCompletedConcurrentlyException(e);
      } catch (RuntimeException e) {
        if (completedMeanwhile(command, e)) {
          throw new TaskCompletedConcurrentlyException(e);
        }
        throw e;
      }
    }
  }
}
