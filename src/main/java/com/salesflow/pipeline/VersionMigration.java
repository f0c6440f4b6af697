package com.salesflow.pipeline;

import java.util.List;

/** How running deals of older versions of a pipeline map onto its latest version. */
final class VersionMigration {

  private VersionMigration() {}

  /**
   * @param mappable deals whose current stage exists in the target version
   * @param unmappable deals whose stage was removed or renamed there
   */
  record Preview(String processKey, int targetVersion, String targetDefinitionId,
      List<SourceVersion> sources, int mappable, int unmappable) {}

  /** One older version and its running deals, stage by stage. */
  record SourceVersion(int version, String definitionId, List<StageDeals> stages) {}

  /** The deals in one stage of an older version; their ids are listed when they cannot move. */
  record StageDeals(String stageKey, String stageName, boolean mappable, int deals,
      List<String> opportunityIds) {}

  /** What a migration did: the deals it moved and those it left on their version, with why. */
  record Report(String processKey, int targetVersion, List<String> migrated,
      List<LeftBehind> leftBehind) {}

  record LeftBehind(String opportunityId, int version, String stageKey, String reason) {}
}
