package com.salesflow.pipeline;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads deals with what the engine knows of them: current fields, gate and stage history. */
@Component
@Transactional(readOnly = true)
class OpportunityReader {

  private final PipelineCatalog catalog;
  private final OpportunityMapper opportunities;
  private final StageVisitMapper visits;
  private final AttachmentMapper attachments;
  private final RuntimeService runtime;
  private final WorkingCalendar calendar;

  OpportunityReader(PipelineCatalog catalog, OpportunityMapper opportunities,
      StageVisitMapper visits, AttachmentMapper attachments, RuntimeService runtime,
      WorkingCalendar calendar) {
    this.catalog = catalog;
    this.opportunities = opportunities;
    this.visits = visits;
    this.attachments = attachments;
    this.runtime = runtime;
    this.calendar = calendar;
  }

  Opportunity get(String id) {
    return opportunities.findById(id).orElseThrow(() -> new NotFoundException("Opportunity", id));
  }

  /** The deal's pipeline, in the version its process instance runs. */
  Pipeline pipelineOf(Opportunity opportunity) {
    return catalog.ofDefinition(opportunity.processDefinitionId()).orElseThrow(() ->
        new IllegalStateException("Opportunity " + opportunity.id() + " has no pipeline"));
  }

  DealFacts facts(Opportunity opportunity) {
    return new DealFacts(runtime.getVariables(opportunity.processInstanceId()),
        attachments.findKinds(opportunity.id()));
  }

  OpportunityView view(String id) {
    Opportunity opportunity = get(id);
    List<StageVisit> history = visits.findByOpportunity(id);
    if (opportunity.status() != OpportunityStatus.OPEN) {
      return OpportunityView.of(opportunity, null, null, List.of(), Map.of(), history);
    }
    Pipeline pipeline = pipelineOf(opportunity);
    DealFacts facts = facts(opportunity);
    Stage stage = pipeline.stage(opportunity.stageKey()).orElse(null);
    List<MissingItem> missing =
        stage == null ? List.of() : pipeline.missingToLeave(stage, facts);
    Map<String, Object> fields = new LinkedHashMap<>();
    pipeline.fields().keySet().stream()
        .filter(key -> facts.values().get(key) != null)
        .forEach(key -> fields.put(key, facts.values().get(key)));
    return OpportunityView.of(opportunity, pipeline.version(),
        currentStage(opportunity, stage, history), missing, fields, history);
  }

  private OpportunityView.CurrentStage currentStage(Opportunity opportunity, Stage stage,
      List<StageVisit> history) {
    if (stage == null) {
      return null;
    }
    SlaLevel level = history.stream().filter(v -> v.leftAt() == null).findFirst()
        .map(StageVisit::slaLevel).orElse(SlaLevel.GREEN);
    Instant entered = opportunity.stageEnteredAt();
    StageSla sla = stage.sla();
    return new OpportunityView.CurrentStage(stage.key(), stage.name(), entered, level,
        sla == null ? null : sla.dueAt(entered, SlaLevel.YELLOW, calendar),
        sla == null ? null : sla.dueAt(entered, SlaLevel.RED, calendar));
  }

  PageView<OpportunityView> list(OpportunityQuery query, int page) {
    List<OpportunityView> items =
        opportunities.findPage(query).stream().map(OpportunityView::summary).toList();
    return new PageView<>(items, page, query.limit(), opportunities.count(query));
  }
}
