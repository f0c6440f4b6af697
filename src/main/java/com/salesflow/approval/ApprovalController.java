package com.salesflow.approval;

import com.salesflow.access.RecordAccess;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision record of approvals, to those who may read the record it is about, and handing an
 * approval task to a colleague.
 */
@RestController
class ApprovalController {

  private final ApprovalRecord record;
  private final Delegation delegation;
  private final RecordAccess access;
  private final HistoryService history;

  ApprovalController(ApprovalRecord record, Delegation delegation, RecordAccess access,
      HistoryService history) {
    this.record = record;
    this.delegation = delegation;
    this.access = access;
    this.history = history;
  }

  @GetMapping("/api/approvals")
  List<ApprovalDecision> decisions(@RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String processInstanceId) {
    if ((businessKey == null) == (processInstanceId == null)) {
      throw new InvalidInputException("businessKey",
          "name either businessKey or processInstanceId");
    }
    if (businessKey != null) {
      access.requireReadableKey(businessKey);
      return record.ofBusinessKey(businessKey);
    }
    access.requireReadableKey(businessKeyOf(processInstanceId));
    return record.ofProcessInstance(processInstanceId);
  }

  @PostMapping("/api/tasks/{taskId}/delegate")
  ResponseEntity<Void> delegate(@PathVariable String taskId, @RequestBody DelegateRequest request,
      Principal caller) {
    delegation.delegate(taskId, caller.getName(), request.to(), request.reason());
    return ResponseEntity.noContent().build();
  }

  private String businessKeyOf(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      throw new NotFoundException("Process instance", processInstanceId);
    }
    return instance.getBusinessKey();
  }

  record DelegateRequest(String to, String reason) {}
}
