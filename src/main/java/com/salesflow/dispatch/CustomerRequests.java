package com.salesflow.dispatch;

import static com.salesflow.shared.Validation.requireText;

import com.salesflow.approval.ApprovalVariables;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer requests on deals: recording one starts {@code customer-request}, whose dispatch rules
 * decide who handles it; the handler closes it once its deliverable is attached.
 */
@Service
@Transactional
class CustomerRequests {

  private static final Logger log = LoggerFactory.getLogger(CustomerRequests.class);
  private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final CustomerRequestMapper requests;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final DecisionService decisions;
  private final TaskService tasks;

  CustomerRequests(CustomerRequestMapper requests, RuntimeService runtime, HistoryService history,
      DecisionService decisions, TaskService tasks) {
    this.requests = requests;
    this.runtime = runtime;
    this.history = history;
    this.decisions = decisions;
    this.tasks = tasks;
  }

  /** Records a request of a type the dispatch rules know and sends it to its handling team. */
  CustomerRequest record(String opportunityId, String type, String description, String by) {
    String requestType = requireType(type);
    String text = requireText("description", description, 2000);
    HistoricProcessInstance deal = deal(opportunityId);
    requireRule(requestType);

    CustomerRequest request = CustomerRequest.recorded(UUID.randomUUID().toString(),
        opportunityId, requestType, text, by, ClockUtil.getCurrentTime().toInstant());
    requests.insert(request);
    String instance = runtime.startProcessInstanceByKey(DispatchVariables.PROCESS_KEY,
        opportunityId, variables(request, deal)).getId();
    requests.updateProcess(request.id(), instance);
    log.info("Opportunity {}: {} recorded request {} of type {}", opportunityId, by, request.id(),
        requestType);
    return get(opportunityId, request.id());
  }

  @Transactional(readOnly = true)
  List<CustomerRequest> of(String opportunityId) {
    deal(opportunityId);
    return requests.findByOpportunity(opportunityId);
  }

  /** Closes the request as its handler; refused without the deliverable its rule names. */
  CustomerRequest complete(String opportunityId, String requestId, String comment) {
    CustomerRequest request = get(opportunityId, requestId);
    Task task = tasks.createTaskQuery().processInstanceId(request.processInstanceId())
        .singleResult();
    if (task == null) {
      throw new ConflictException("Customer request " + requestId + " is not open");
    }
    tasks.complete(task.getId(),
        Variables.createVariables().putValue(ApprovalVariables.COMMENT, comment));
    return get(opportunityId, requestId);
  }

  private CustomerRequest get(String opportunityId, String requestId) {
    return requests.findById(requestId).filter(r -> r.opportunityId().equals(opportunityId))
        .orElseThrow(() -> new NotFoundException("Customer request", requestId));
  }

  /** The deal's pipeline instance: the first process started under the deal's id. */
  private HistoricProcessInstance deal(String opportunityId) {
    List<HistoricProcessInstance> first = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(opportunityId).orderByProcessInstanceStartTime().asc()
        .listPage(0, 1);
    if (first.isEmpty()) {
      throw new NotFoundException("Opportunity", opportunityId);
    }
    return first.get(0);
  }

  private void requireRule(String type) {
    if (decisions.evaluateDecisionTableByKey(DispatchVariables.DECISION_KEY)
        .variables(Map.of(DispatchVariables.REQUEST_TYPE, type)).evaluate().isEmpty()) {
      throw new InvalidInputException("type",
          "no dispatch rule handles request type '" + type + "'; ask a process owner to add one");
    }
  }

  private VariableMap variables(CustomerRequest request, HistoricProcessInstance deal) {
    return Variables.createVariables()
        .putValue(DispatchVariables.REQUEST_ID, request.id())
        .putValue(DispatchVariables.REQUEST_TYPE, request.type())
        .putValue(DispatchVariables.DESCRIPTION, request.description())
        .putValue(DispatchVariables.CUSTOMER, dealValue(deal, DispatchVariables.CUSTOMER))
        .putValue(DispatchVariables.TITLE, dealValue(deal, DispatchVariables.TITLE));
  }

  private Object dealValue(HistoricProcessInstance deal, String name) {
    HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
        .processInstanceId(deal.getId()).variableName(name).singleResult();
    return value == null ? null : value.getValue();
  }

  private static String requireType(String type) {
    String value = requireText("type", type, 64);
    if (!TYPE.matcher(value).matches()) {
      throw new InvalidInputException("type",
          "must be lower-case letters, digits and dashes, such as custom-development");
    }
    return value;
  }
}
