package com.salesflow.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs when a pipeline instance starts. A deal created through our API already has its row and
 * business key; the row learns its process instance. A deal started from Tasklist's start form gets
 * its row here, owned by the person who started it.
 */
@Component
class OpportunityStartListener implements ExecutionListener {

  private final PipelineCatalog catalog;
  private final OpportunityMapper opportunities;

  OpportunityStartListener(PipelineCatalog catalog, OpportunityMapper opportunities) {
    this.catalog = catalog;
    this.opportunities = opportunities;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Pipeline pipeline = catalog.ofDefinition(execution.getProcessDefinitionId()).orElse(null);
    if (pipeline == null) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String opportunityId = execution.getProcessBusinessKey();
    if (opportunityId == null) {
      opportunityId = UUID.randomUUID().toString();
      opportunities.insert(fromStartForm(execution, opportunityId, pipeline, now));
      execution.setProcessBusinessKey(opportunityId);
    }
    opportunities.updateProcess(opportunityId, execution.getProcessInstanceId(),
        execution.getProcessDefinitionId(), now);
  }

  private static Opportunity fromStartForm(DelegateExecution execution, String id,
      Pipeline pipeline, Instant now) {
    String customer = text(execution, PipelineVariables.CUSTOMER, "客户");
    String title = text(execution, PipelineVariables.TITLE, "商机名称");
    String owner = text(execution, PipelineVariables.OWNER, "负责人");
    Object amount = execution.getVariable(PipelineVariables.AMOUNT);
    if (!(amount instanceof Number number) || number.doubleValue() < 0) {
      throw new FormFieldValidationException(PipelineVariables.AMOUNT,
          "请填写金额（amount），且不能为负数");
    }
    return Opportunity.open(id, customer, title, new BigDecimal(number.toString()),
        pipeline.key(), owner, now);
  }

  private static String text(DelegateExecution execution, String variable, String label) {
    Object value = execution.getVariable(variable);
    if (!(value instanceof String text) || text.isBlank() || text.length() > 200) {
      throw new FormFieldValidationException(variable,
          "请填写" + label + "（" + variable + "），不超过 200 字");
    }
    return text.strip();
  }
}
