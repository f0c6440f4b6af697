package com.salesflow.pipeline;

import static com.salesflow.shared.Validation.requireText;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to deals: open one, fill its stage fields, advance, send it back, mark it lost.
 * Each method is one transaction with the engine's work, so a refusal leaves nothing half-written.
 */
@Service
@Transactional
public class OpportunityService {

  private static final Logger log = LoggerFactory.getLogger(OpportunityService.class);
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

  private final PipelineCatalog catalog;
  private final OpportunityReader reader;
  private final OpportunityMapper opportunities;
  private final StageJournal journal;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final EntryProcesses entryProcesses;

  OpportunityService(PipelineCatalog catalog, OpportunityReader reader,
      OpportunityMapper opportunities, StageJournal journal, RuntimeService runtime,
      TaskService tasks, IdentityService identity, EntryProcesses entryProcesses) {
    this.catalog = catalog;
    this.reader = reader;
    this.opportunities = opportunities;
    this.journal = journal;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.entryProcesses = entryProcesses;
  }

  /**
   * Opens a deal owned by {@code owner} in the latest version of its pipeline and returns its id;
   * refuses a request that names no customer, title, valid amount or deployed pipeline.
   */
  public String openFor(NewOpportunity request, String owner) {
    return open(request, owner).id();
  }

  Opportunity open(NewOpportunity request, String owner) {
    String customer = requireText("customer", request.customer(), 200);
    String title = requireText("title", request.title(), 200);
    BigDecimal amount = requireAmount(request.amount());
    String key = requireText("pipeline", request.pipeline(), 64);
    Pipeline pipeline = catalog.latest(key).orElseThrow(() ->
        new InvalidInputException("pipeline", "no pipeline '" + key + "' is deployed"));

    Opportunity opportunity = Opportunity.open(UUID.randomUUID().toString(), customer, title,
        amount, pipeline.key(), owner, now());
    opportunities.insert(opportunity);
    runtime.startProcessInstanceById(pipeline.processDefinitionId(), opportunity.id(),
        Variables.createVariables()
            .putValue(PipelineVariables.OWNER, owner)
            .putValue(PipelineVariables.CUSTOMER, customer)
            .putValue(PipelineVariables.TITLE, title)
            .putValue(PipelineVariables.AMOUNT, amount.doubleValue()));
    log.info("Opportunity {} opened by {} in pipeline {}", opportunity.id(), owner, key);
    return reader.get(opportunity.id());
  }

  /**
   * Sets stage fields by form key. Every value is checked against its form field's type before any
   * is written; {@code expectedVersion}, when given, must be the deal's current version.
   */
  Opportunity updateFields(String id, Map<String, JsonNode> values, Integer expectedVersion) {
    Opportunity opportunity = reader.get(id);
    opportunity.requireOpen();
    opportunity.requireVersion(expectedVersion);
    Map<String, Object> variables = toVariables(reader.pipelineOf(opportunity), values);
    claim(opportunity);
    runtime.setVariables(opportunity.processInstanceId(), variables);
    return reader.get(id);
  }

  /**
   * Completes the current stage, or refuses with every missing item. {@code expectedVersion}, when
   * given, must be the deal's current version, so that a second click on a page showing the old
   * stage does not advance the next one too.
   */
  Opportunity advance(String id, Integer expectedVersion) {
    Opportunity opportunity = reader.get(id);
    opportunity.requireOpen();
    opportunity.requireVersion(expectedVersion);
    Pipeline pipeline = reader.pipelineOf(opportunity);
    Stage stage = currentStage(opportunity, pipeline);
    List<MissingItem> missing =
        new ArrayList<>(pipeline.missingToLeave(stage, reader.facts(opportunity)));
    missing.addAll(entryProcesses.missingFor(stage, id));
    if (!missing.isEmpty()) {
      throw new StageGateRefusedException(stage, missing);
    }
    claim(opportunity);
    tasks.complete(stageTask(opportunity).getId());
    log.info("Opportunity {} left stage {}", id, stage.key());
    return reader.get(id);
  }

  /** Sends the deal back to an earlier stage of its pipeline. */
  Opportunity regress(String id, String toStage, String reason, Integer expectedVersion) {
    String because = requireText("reason", reason, 1000);
    String target = requireText("toStage", toStage, 64);
    Opportunity opportunity = reader.get(id);
    opportunity.requireOpen();
    opportunity.requireVersion(expectedVersion);
    Pipeline pipeline = reader.pipelineOf(opportunity);
    Stage current = currentStage(opportunity, pipeline);
    Stage earlier = pipeline.stage(target).orElseThrow(() ->
        new InvalidInputException("toStage", "pipeline " + pipeline.key() + " has no stage " + target));
    if (earlier.position() >= current.position()) {
      throw new InvalidInputException("toStage",
          target + " is not a stage before the current stage " + current.key());
    }
    claim(opportunity);
    journal.left(id, StageOutcome.REGRESSED, because, now(), actor());
    runtime.createProcessInstanceModification(opportunity.processInstanceId())
        .cancelAllForActivity(current.key())
        .startBeforeActivity(earlier.key())
        .execute();
    log.info("Opportunity {} sent back from {} to {}: {}", id, current.key(), earlier.key(), because);
    return reader.get(id);
  }

  /** Marks the deal lost at whatever stage it is in. */
  Opportunity lose(String id, String reason, Integer expectedVersion) {
    String because = requireText("reason", reason, 1000);
    Opportunity opportunity = reader.get(id);
    opportunity.requireOpen();
    opportunity.requireVersion(expectedVersion);
    claim(opportunity);
    Instant now = now();
    journal.left(id, StageOutcome.LOST, because, now, actor());
    journal.closed(id, OpportunityStatus.LOST, because, now);
    runtime.deleteProcessInstance(opportunity.processInstanceId(), "lost: " + because);
    log.info("Opportunity {} lost: {}", id, because);
    return reader.get(id);
  }

  /**
   * Moves the deal's version on from the one this request read. Of two requests that read the same
   * version, the second waits for the first's row lock and then finds nothing to update: 409.
   */
  private void claim(Opportunity opportunity) {
    if (opportunities.touch(opportunity.id(), opportunity.version(), now()) == 0) {
      throw new ConflictException("Opportunity " + opportunity.id()
          + " was changed by someone else at the same moment; reload it and try again");
    }
  }

  private Map<String, Object> toVariables(Pipeline pipeline, Map<String, JsonNode> values) {
    if (values == null || values.isEmpty()) {
      throw new InvalidInputException("fields", "name at least one field to set");
    }
    Map<String, FormField> known = pipeline.fields();
    Map<String, Object> variables = new LinkedHashMap<>();
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    values.forEach((key, value) -> {
      FormField field = known.get(key);
      if (field == null) {
        errors.add(new InvalidInputException.FieldError(key,
            "is not a field of pipeline " + pipeline.key()));
        return;
      }
      try {
        variables.put(key, field.type().toVariable(value));
      } catch (IllegalArgumentException e) {
        errors.add(new InvalidInputException.FieldError(key, e.getMessage()));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return variables;
  }

  private Stage currentStage(Opportunity opportunity, Pipeline pipeline) {
    return pipeline.stage(opportunity.stageKey()).orElseThrow(() -> new ConflictException(
        "Opportunity " + opportunity.id() + " is not in a stage of its pipeline"));
  }

  /** The open task of the deal's stage; gone when someone else completed it a moment ago. */
  private Task stageTask(Opportunity opportunity) {
    Task task = tasks.createTaskQuery()
        .processInstanceId(opportunity.processInstanceId())
        .taskDefinitionKey(opportunity.stageKey())
        .singleResult();
    if (task == null) {
      throw new ConflictException("Opportunity " + opportunity.id() + " left stage "
          + opportunity.stageKey() + " in the meantime; reload it");
    }
    return task;
  }

  private String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static BigDecimal requireAmount(BigDecimal amount) {
    if (amount == null) {
      throw new InvalidInputException("amount", "is required");
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
      throw new InvalidInputException("amount",
          "must be between 0 and " + MAX_AMOUNT.toPlainString() + " CNY with at most 2 decimals");
    }
    return amount;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
