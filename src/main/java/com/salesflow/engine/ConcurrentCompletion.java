package com.salesflow.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Two people completing the same task at the same moment: the engine lets one through and fails
 * the other with an optimistic-locking error, which engine REST reports as a server fault (500).
 * This turns that loss of the race, and only for task completion, into a
 * {@link TaskCompletedConcurrentlyException}, which every interface answers with 409.
 */
@Component
class ConcurrentCompletion extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
  }

  private static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (OptimisticLockingException e) {
        throw new TaskCompletedConcurrentlyException(e);
      }
    }
  }
}
