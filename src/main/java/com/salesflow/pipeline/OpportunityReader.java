package com.salesflow.pipeline;

import com.salesflow.shared.NotFoundException;
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

  OpportunityReader(PipelineCatalog catalog, OpportunityMapper opportunities,
      StageVisitMapper visits, AttachmentMapper attachments, RuntimeService runtime) {
    this.catalog = catalog;
    this.opportunities = opportunities;
    this.visits = visits;
    this.attachments = attachments;
    this.runtime = runtime;
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
    if (opportunity.status() != OpportunityStatus.OPEN) {
      return OpportunityView.of(opportunity, List.of(), Map.of(), visits.findByOpportunity(id));
    }
    Pipeline pipeline = pipelineOf(opportunity);
    DealFacts facts = facts(opportunity);
    List<MissingItem> missing = pipeline.stage(opportunity.stageKey())
        .map(stage -> pipeline.missingToLeave(stage, facts))
        .orElse(List.of());
    Map<String, Object> fields = new LinkedHashMap<>();
    pipeline.fields().keySet().stream()
        .filter(key -> facts.values().get(key) != null)
        .forEach(key -> fields.put(key, facts.values().get(key)));
    return OpportunityView.of(opportunity, missing, fields, visits.findByOpportunity(id));
  }

  PageView<OpportunityView> list(OpportunityQuery query, int page) {
    List<OpportunityView> items =
        opportunities.findPage(query).stream().map(OpportunityView::summary).toList();
    return new PageView<>(items, page, query.limit(), opportunities.count(query));
  }
}
