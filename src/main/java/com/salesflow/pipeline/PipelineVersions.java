package com.salesflow.pipeline;

import com.salesflow.pipeline.VersionMigration.LeftBehind;
import com.salesflow.pipeline.VersionMigration.Preview;
import com.salesflow.pipeline.VersionMigration.Report;
import com.salesflow.pipeline.VersionMigration.SourceVersion;
import com.salesflow.pipeline.VersionMigration.StageDeals;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running deals onto the latest version of their pipeline. A deal moves when its current
 * stage exists (same id) in the new version; the engine's migration keeps its task and recomputes
 * its SLA timers from the stay's entry. Deals in removed or renamed stages stay on their version.
 */
@Service
@Transactional
class PipelineVersions {

  private static final Logger log = LoggerFactory.getLogger(PipelineVersions.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final PipelineCatalog catalog;
  private final OpportunityMapper opportunities;

  PipelineVersions(RepositoryService repository, RuntimeService runtime, PipelineCatalog catalog,
      OpportunityMapper opportunities) {
    this.repository = repository;
    this.runtime = runtime;
    this.catalog = catalog;
    this.opportunities = opportunities;
  }

  @Transactional(readOnly = true)
  Preview preview(String processKey) {
    Pipeline target = latest(processKey);
    List<SourceVersion> sources = new ArrayList<>();
    int mappable = 0;
    int unmappable = 0;
    for (Pipeline source : olderVersions(target)) {
      Set<String> movable = movableStages(source, target);
      List<StageDeals> stages = new ArrayList<>();
      for (Map.Entry<String, List<Opportunity>> stage : dealsByStage(source).entrySet()) {
        boolean moves = movable.contains(stage.getKey());
        List<String> ids = moves ? List.of()
            : stage.getValue().stream().map(Opportunity::id).toList();
        stages.add(new StageDeals(stage.getKey(), stageName(source, stage.getKey()), moves,
            stage.getValue().size(), ids));
        mappable += moves ? stage.getValue().size() : 0;
        unmappable += moves ? 0 : stage.getValue().size();
      }
      sources.add(new SourceVersion(source.version(), source.processDefinitionId(), stages));
    }
    return new Preview(processKey, target.version(), target.processDefinitionId(), sources,
        mappable, unmappable);
  }

  Report migrate(String processKey) {
    Pipeline target = latest(processKey);
    List<String> migrated = new ArrayList<>();
    List<LeftBehind> leftBehind = new ArrayList<>();
    for (Pipeline source : olderVersions(target)) {
      MigrationPlan plan = plan(source, target);
      Set<String> movable = plan == null ? Set.of() : movableStages(plan, target);
      List<Opportunity> moving = new ArrayList<>();
      for (Opportunity deal : opportunities.findOpenByProcessDefinition(source.processDefinitionId())) {
        if (movable.contains(deal.stageKey())) {
          moving.add(deal);
        } else {
          leftBehind.add(new LeftBehind(deal.id(), source.version(), deal.stageKey(),
              "stage " + deal.stageKey() + " is not in version " + target.version()
                  + " (removed or renamed)"));
        }
      }
      if (!moving.isEmpty()) {
        runtime.newMigration(plan)
            .processInstanceIds(moving.stream().map(Opportunity::processInstanceId).toList())
            .execute();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        moving.forEach(deal -> opportunities.updateDefinition(deal.id(),
            target.processDefinitionId(), stageName(target, deal.stageKey()), now));
        moving.forEach(deal -> migrated.add(deal.id()));
      }
    }
    log.info("Pipeline {}: {} deals moved to version {}, {} left on their version", processKey,
        migrated.size(), target.version(), leftBehind.size());
    return new Report(processKey, target.version(), migrated, leftBehind);
  }

  private Pipeline latest(String processKey) {
    return catalog.latest(processKey)
        .orElseThrow(() -> new NotFoundException("Pipeline", processKey));
  }

  private List<Pipeline> olderVersions(Pipeline target) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(target.key())
        .orderByProcessDefinitionVersion().asc().unlimitedList().stream()
        .filter(definition -> definition.getVersion() < target.version())
        .map(ProcessDefinition::getId)
        .map(catalog::ofDefinition)
        .flatMap(Optional::stream)
        .toList();
  }

  private Set<String> movableStages(Pipeline source, Pipeline target) {
    MigrationPlan plan = plan(source, target);
    return plan == null ? Set.of() : movableStages(plan, target);
  }

  private static Set<String> movableStages(MigrationPlan plan, Pipeline target) {
    return plan.getInstructions().stream()
        .map(MigrationInstruction::getSourceActivityId)
        .filter(activity -> target.stage(activity).isPresent())
        .collect(Collectors.toSet());
  }

  /** The engine's plan mapping equal activities, or null when it finds the versions incompatible. */
  private MigrationPlan plan(Pipeline source, Pipeline target) {
    try {
      return runtime.createMigrationPlan(source.processDefinitionId(), target.processDefinitionId())
          .mapEqualActivities()
          .updateEventTriggers()
          .build();
    } catch (MigrationPlanValidationException e) {
      log.warn("Pipeline {} version {} cannot move to version {}: {}", source.key(),
          source.version(), target.version(), e.getMessage());
      return null;
    }
  }

  private Map<String, List<Opportunity>> dealsByStage(Pipeline source) {
    return opportunities.findOpenByProcessDefinition(source.processDefinitionId()).stream()
        .collect(Collectors.groupingBy(Opportunity::stageKey, LinkedHashMap::new,
            Collectors.toList()));
  }

  private static String stageName(Pipeline pipeline, String stageKey) {
    return pipeline.stage(stageKey).map(Stage::name).orElse(stageKey);
  }
}
