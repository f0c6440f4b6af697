package com.salesflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the diagrams of {@code processes/} and the forms of {@code forms/} as one deployment,
 * named by their path from those folders on, so that running from the jar or from the build folder
 * gives the same resource names, and a form version stays with the process version that uses it.
 * Nothing is redeployed while no file changed.
 */
@Component
class ProcessResourceDeployer extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "salesflow";

  private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployer.class);
  private static final String[] FOLDERS = {"processes", "forms"};
  private static final String[] SUFFIXES = {".bpmn", ".dmn", ".form"};

  private final ResourcePatternResolver resolver;

  ProcessResourceDeployer(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder builder =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    resources().forEach((name, content) -> builder.addString(name, content));
    Deployment deployment = builder.deploy();
    log.info("Deployment {} holds {} process and form resources", deployment.getId(),
        builder.getResourceNames().size());
  }

  Map<String, String> resources() {
    Map<String, String> byName = new TreeMap<>();
    for (String folder : FOLDERS) {
      for (String suffix : SUFFIXES) {
        for (Resource resource : find("classpath*:" + folder + "/**/*" + suffix)) {
          byName.put(nameOf(resource, folder), read(resource));
        }
      }
    }
    return byName;
  }

  private Resource[] find(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  private static String nameOf(Resource resource, String folder) {
    try {
      String url = resource.getURL().toString();
      return url.substring(url.lastIndexOf("/" + folder + "/") + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot name " + resource, e);
    }
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
