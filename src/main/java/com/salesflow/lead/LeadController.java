package com.salesflow.lead;

import static com.salesflow.access.Roles.SALES;

import com.salesflow.access.RecordAccess;
import com.salesflow.shared.InvalidInputException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leads over HTTP: receive one, record its first contact, convert it into a deal. Each caller
 * works with the leads of the reps they reach (see {@link RecordAccess}).
 */
@RestController
@RequestMapping("/api/leads")
class LeadController {

  private static final String KIND = "Lead";

  private final LeadService service;
  private final LeadMapper leads;
  private final RecordAccess access;

  LeadController(LeadService service, LeadMapper leads, RecordAccess access) {
    this.service = service;
    this.leads = leads;
    this.access = access;
  }

  @PostMapping
  @PreAuthorize(SALES)
  ResponseEntity<Lead> receive(@RequestBody LeadService.NewLead request, Principal caller) {
    access.requireMayActFor(request.owner() == null ? caller.getName() : request.owner());
    Lead lead = service.receive(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/leads/" + lead.id())).body(lead);
  }

  @GetMapping("/{id}")
  Lead get(@PathVariable String id) {
    Lead lead = service.get(id);
    access.requireReadable(KIND, id, lead.ownerId(), id);
    return lead;
  }

  @GetMapping
  List<Lead> list(@RequestParam(required = false) String owner,
      @RequestParam(required = false) LeadStatus status,
      @RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 200) {
      throw new InvalidInputException("limit", "must be between 1 and 200");
    }
    return leads.findByOwners(access.listableOwners(owner).orElse(null), status, limit);
  }

  @PostMapping("/{id}/first-contact")
  Lead firstContact(@PathVariable String id, @RequestBody FirstContact request) {
    requireChangeable(id);
    return service.recordFirstContact(id, request.note());
  }

  @PostMapping("/{id}/convert")
  ResponseEntity<Map<String, String>> convert(@PathVariable String id,
      @RequestBody LeadService.ConvertRequest request) {
    requireChangeable(id);
    String opportunityId = service.convert(id, request);
    return ResponseEntity.created(URI.create("/api/opportunities/" + opportunityId))
        .body(Map.of("leadId", id, "opportunityId", opportunityId));
  }

  private void requireChangeable(String id) {
    access.requireChangeable(KIND, id, service.get(id).ownerId(), id);
  }

  record FirstContact(String note) {}
}
