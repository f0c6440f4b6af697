package com.salesflow.pipeline;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For process owners: how running deals map onto a pipeline's latest version, and moving them. */
@RestController
@RequestMapping("/api/process-versions/{processKey}")
@PreAuthorize("hasAuthority('GROUP_process-owner')")
class ProcessVersionController {

  private final PipelineVersions versions;

  ProcessVersionController(PipelineVersions versions) {
    this.versions = versions;
  }

  @GetMapping("/migration-preview")
  VersionMigration.Preview preview(@PathVariable String processKey) {
    return versions.preview(processKey);
  }

  @PostMapping("/migrate")
  VersionMigration.Report migrate(@PathVariable String processKey) {
    return versions.migrate(processKey);
  }
}
