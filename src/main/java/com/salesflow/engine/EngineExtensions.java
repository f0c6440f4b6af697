package com.salesflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * How Salesflow's engine plugins hook into the engine during {@code preInit}. The engine leaves
 * each list of custom extensions null until someone adds to it; these add to it either way.
 */
public final class EngineExtensions {

  private EngineExtensions() {}

  /** Runs {@code interceptor} around every command, outside the engine's transaction. */
  public static void addPreCommandInterceptor(ProcessEngineConfigurationImpl configuration,
      CommandInterceptor interceptor) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
  }

  /** Runs {@code interceptor} around every command, inside the engine's command context. */
  public static void addPostCommandInterceptor(ProcessEngineConfigurationImpl configuration,
      CommandInterceptor interceptor) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(interceptor);
  }

  /** Lets {@code listener} see every element of every diagram the engine parses. */
  public static void addParseListener(ProcessEngineConfigurationImpl configuration,
      BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }

  /** Hands every deployment to {@code deployer} once the engine has deployed its definitions. */
  public static void addPostDeployer(ProcessEngineConfigurationImpl configuration,
      Deployer deployer) {
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(deployer);
  }

  /** Holds every new deployment to {@code deployer}; {@code first} puts it before the others. */
  public static void addPreDeployer(ProcessEngineConfigurationImpl configuration,
      Deployer deployer, boolean first) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    List<Deployer> deployers = configuration.getCustomPreDeployers();
    deployers.add(first ? 0 : deployers.size(), deployer);
  }
}
