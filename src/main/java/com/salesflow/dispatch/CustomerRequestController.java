package com.salesflow.dispatch;

import com.salesflow.pipeline.DealAccess;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer requests recorded on a deal and dispatched to the teams that handle them. */
@RestController
@RequestMapping("/api/opportunities/{id}/requests")
class CustomerRequestController {

  private final CustomerRequests requests;
  private final DealAccess deals;

  CustomerRequestController(CustomerRequests requests, DealAccess deals) {
    this.requests = requests;
    this.deals = deals;
  }

  @PostMapping
  ResponseEntity<CustomerRequest> record(@PathVariable String id,
      @RequestBody NewRequest request, Principal caller) {
    deals.requireChangeable(id);
    CustomerRequest recorded =
        requests.record(id, request.type(), request.description(), caller.getName());
    return ResponseEntity.created(URI.create("/api/opportunities/" + id + "/requests"))
        .body(recorded);
  }

  @GetMapping
  List<CustomerRequest> list(@PathVariable String id) {
    deals.requireReadable(id);
    return requests.of(id);
  }

  /** Closes the request; only the handler who claimed its task may, with the deliverable. */
  @PostMapping("/{requestId}/complete")
  CustomerRequest complete(@PathVariable String id, @PathVariable String requestId,
      @RequestBody(required = false) Completion completion) {
    deals.requireReadable(id);
    return requests.complete(id, requestId, completion == null ? null : completion.comment());
  }

  record NewRequest(String type, String description) {}

  record Completion(String comment) {}
}
