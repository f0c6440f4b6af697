package com.salesflow.lead;

import com.salesflow.shared.InvalidInputException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leads over HTTP: receive one, record its first contact, convert it into a deal. */
@RestController
@RequestMapping("/api/leads")
class LeadController {

  private final LeadService service;
  private final LeadMapper leads;

  LeadController(LeadService service, LeadMapper leads) {
    this.service = service;
    this.leads = leads;
  }

  @PostMapping
  ResponseEntity<Lead> receive(@RequestBody LeadService.NewLead request, Principal caller) {
    Lead lead = service.receive(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/leads/" + lead.id())).body(lead);
  }

  @GetMapping("/{id}")
  Lead get(@PathVariable String id) {
    return service.get(id);
  }

  @GetMapping
  List<Lead> list(@RequestParam(required = false) String owner,
      @RequestParam(required = false) LeadStatus status,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInputException("limit", "must be between 1 and 200");
    }
    return leads.findByOwner(owner, status, limit);
  }

  @PostMapping("/{id}/first-contact")
  Lead firstContact(@PathVariable String id, @RequestBody FirstContact request) {
    return service.recordFirstContact(id, request.note());
  }

  @PostMapping("/{id}/convert")
  ResponseEntity<Map<String, String>> convert(@PathVariable String id,
      @RequestBody LeadService.ConvertRequest request) {
    String opportunityId = service.convert(id, request);
    return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
        .body(Map.of("leadId", id, "opportunityId", opportunityId));
  }

  record FirstContact(String note) {}
}
