package com.salesflow.engine;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the process engine wait for Flyway. On an empty database the engine would otherwise
 * create its ACT_ tables first, and Flyway refuses to migrate a schema that is not empty.
 */
@Component
class EngineStartsAfterFlyway implements BeanFactoryPostProcessor {

  private static final String FLYWAY_BEAN = "flywayInitializer";
  private static final String ENGINE_BEAN = "processEngineFactoryBean";

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!beanFactory.containsBeanDefinition(FLYWAY_BEAN)
        || !beanFactory.containsBeanDefinition(ENGINE_BEAN)) {
      return;
    }
    BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
    String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
    String[] withFlyway = Arrays.copyOf(dependsOn, dependsOn.length + 1);
    withFlyway[dependsOn.length] = FLYWAY_BEAN;
    engine.setDependsOn(withFlyway);
  }
}
