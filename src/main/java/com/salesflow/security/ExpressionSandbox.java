package com.salesflow.security;

import com.salesflow.engine.EngineExtensions;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * By default an expression in a diagram can reach every Spring bean, data sources included. This
 * hands the engine only the allow-listed beans, looked up when an expression first names one, and
 * holds every new deployment to {@link DeploymentGuard}.
 */
@Component
@EnableConfigurationProperties(ExpressionProperties.class)
class ExpressionSandbox extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ExpressionProperties properties;

  ExpressionSandbox(ApplicationContext context, ExpressionProperties properties) {
    this.context = context;
    this.properties = properties;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration instanceof SpringProcessEngineConfiguration spring) {
      spring.setBeans(new AllowedBeans(context, properties.beans()));
    }
    // First of all checks: the others parse the diagram, which this must see before they do.
    EngineExtensions.addPreDeployer(configuration,
        new DeploymentGuard(new ExpressionPolicy(properties.beans())), true);
  }

  /** A read-only view of the allow-listed beans that creates none of them before it is asked. */
  private static final class AllowedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private final Set<String> names;

    AllowedBeans(ApplicationContext context, Set<String> names) {
      this.context = context;
      this.names = names;
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
      return names.stream().map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toSet());
    }
  }
}
