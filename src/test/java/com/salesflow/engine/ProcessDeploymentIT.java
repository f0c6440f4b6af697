package com.salesflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every diagram and form of the top-level folders is deployed together and stays linked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessDeploymentIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ProcessResourceDeployer deployer;

  @Test
  void deploysEveryFileOfProcessesAndFormsInOneDeploymentUnderItsPath() throws IOException {
    ApiClient demo = ApiClient.as(port, "demo");
    Reply deployments = demo.get("/engine-rest/deployment?name=salesflow&sortBy=deploymentTime"
        + "&sortOrder=desc&maxResults=1");
    String deploymentId = deployments.body().get(0).path("id").asText();

    Reply resources = demo.get("/engine-rest/deployment/" + deploymentId + "/resources");

    List<String> deployed = resources.body().findValuesAsText("name");
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(filesUnder("processes", "forms"));
  }

  @Test
  void givesEveryStageTaskOfBothPipelinesItsFormFromTheSameDeployment() {
    ApiClient demo = ApiClient.as(port, "demo");
    for (String pipeline : List.of("industrial-equipment-sales", "saas-subscription-sales")) {
      JsonNode definition = demo.get("/engine-rest/process-definition/key/" + pipeline).body();
      assertThat(definition.path("versionTag").asText()).isNotBlank();
      assertThat(definition.path("historyTimeToLive").asInt()).isPositive();
      Reply startForm = demo.get("/engine-rest/process-definition/" + definition.path("id").asText()
          + "/deployed-start-form");
      assertThat(startForm.status()).as(pipeline + " start form").isEqualTo(200);
      assertThat(startForm.body().path("components").findValuesAsText("key"))
          .contains("customer", "title", "amount");
    }
  }

  @Test
  void deploysNothingNewWhenNoFileChanged() {
    long before = engine.getRepositoryService().createDeploymentQuery().count();

    deployer.postProcessEngineBuild(engine);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  private static List<String> filesUnder(String... folders) throws IOException {
    Stream<String> names = Stream.empty();
    for (String folder : folders) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        List<String> found = files.filter(Files::isRegularFile)
            .map(p -> p.toString().replace('\\', '/'))
            .filter(name -> name.matches(".*\\.(bpmn|dmn|form)"))
            .toList();
        names = Stream.concat(names, found.stream());
      }
    }
    return names.toList();
  }
}
