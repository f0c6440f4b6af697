package com.salesflow.approval;

import com.salesflow.shared.InvalidInputException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decision record of approvals, and handing an approval task to a colleague. */
@RestController
class ApprovalController {

  private final ApprovalRecord record;
  private final Delegation delegation;

  ApprovalController(ApprovalRecord record, Delegation delegation) {
    this.record = record;
    this.delegation = delegation;
  }

  @GetMapping("/api/approvals")
  List<ApprovalDecision> decisions(@RequestParam(required = false) String businessKey,
      @RequestParam(required = false) String processInstanceId) {
    if ((businessKey == null) == (processInstanceId == null)) {
      throw new InvalidInputException("businessKey",
          "name either businessKey or processInstanceId");
    }
    return businessKey != null
        ? record.ofBusinessKey(businessKey) : record.ofProcessInstance(processInstanceId);
  }

  @PostMapping("/api/tasks/{taskId}/delegate")
  ResponseEntity<Void> delegate(@PathVariable String taskId, @RequestBody DelegateRequest request,
      Principal caller) {
    delegation.delegate(taskId, caller.getName(), request.to(), request.reason());
    return ResponseEntity.noContent().build();
  }

  record DelegateRequest(String to, String reason) {}
}
