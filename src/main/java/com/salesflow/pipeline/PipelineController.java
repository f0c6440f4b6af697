package com.salesflow.pipeline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The deployed pipelines and their stages, for integrators building forms or reports. */
@RestController
class PipelineController {

  private final PipelineCatalog catalog;

  PipelineController(PipelineCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/api/pipelines")
  List<PipelineView> pipelines() {
    return catalog.allLatest().stream().map(PipelineView::of).toList();
  }

  record PipelineView(String key, String name, List<StageView> stages) {
    static PipelineView of(Pipeline pipeline) {
      return new PipelineView(pipeline.key(), pipeline.name(),
          pipeline.stages().stream().map(StageView::of).toList());
    }
  }

  record StageView(String key, String name, List<String> exitFields, List<String> exitAttachments) {
    static StageView of(Stage stage) {
      return new StageView(stage.key(), stage.name(), stage.exitCriteria().allFields(),
          stage.exitCriteria().attachments().stream()
              .map(ExitCriteria.AttachmentRequirement::kind).toList());
    }
  }
}
