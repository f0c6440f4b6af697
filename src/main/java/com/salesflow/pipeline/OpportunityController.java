package com.salesflow.pipeline;

import static com.salesflow.access.Roles.SALES;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.access.RecordAccess;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.VersionTag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals over HTTP. Every answer that shows one deal carries its version as an ETag; a change sent
 * with {@code If-Match} is refused with 409 when someone else changed the deal in between.
 */
@RestController
@RequestMapping("/api/opportunities")
class OpportunityController {

  private static final int MAX_PAGE_SIZE = 200;

  private final OpportunityService service;
  private final OpportunityReader reader;
  private final DealAccess access;
  private final RecordAccess records;

  OpportunityController(OpportunityService service, OpportunityReader reader, DealAccess access,
      RecordAccess records) {
    this.service = service;
    this.reader = reader;
    this.access = access;
    this.records = records;
  }

  @PostMapping
  @PreAuthorize(SALES)
  ResponseEntity<OpportunityView> open(@RequestBody NewOpportunity request, Principal caller) {
    Opportunity opened = service.open(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/opportunities/" + opened.id()))
        .eTag(VersionTag.of(opened.version()))
        .body(reader.view(opened.id()));
  }

  @GetMapping("/{id}")
  ResponseEntity<OpportunityView> get(@PathVariable String id) {
    access.requireReadable(id);
    return viewOf(id);
  }

  @GetMapping
  PageView<OpportunityView> list(
      @RequestParam(required = false) String owner,
      @RequestParam(required = false) String pipeline,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) OpportunityStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    List<String> owners = records.listableOwners(owner).orElse(null);
    OpportunityQuery query =
        new OpportunityQuery(owners, pipeline, stage, status, size, page * size);
    return reader.list(query, page);
  }

  @PatchMapping("/{id}/fields")
  ResponseEntity<OpportunityView> updateFields(@PathVariable String id,
      @RequestBody Map<String, JsonNode> fields,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    access.requireChangeable(id);
    service.updateFields(id, fields, VersionTag.fromIfMatch(ifMatch, "deal"));
    return viewOf(id);
  }

  @PostMapping("/{id}/advance")
  ResponseEntity<OpportunityView> advance(@PathVariable String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    access.requireChangeable(id);
    service.advance(id, VersionTag.fromIfMatch(ifMatch, "deal"));
    return viewOf(id);
  }

  @PostMapping("/{id}/regress")
  ResponseEntity<OpportunityView> regress(@PathVariable String id,
      @RequestBody RegressRequest request,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    access.requireChangeable(id);
    service.regress(id, request.toStage(), request.reason(),
        VersionTag.fromIfMatch(ifMatch, "deal"));
    return viewOf(id);
  }

  @PostMapping("/{id}/lose")
  ResponseEntity<OpportunityView> lose(@PathVariable String id, @RequestBody LoseRequest request,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    access.requireChangeable(id);
    service.lose(id, request.reason(), VersionTag.fromIfMatch(ifMatch, "deal"));
    return viewOf(id);
  }

  private ResponseEntity<OpportunityView> viewOf(String id) {
    OpportunityView view = reader.view(id);
    return ResponseEntity.ok().eTag(VersionTag.of(view.version())).body(view);
  }

  record RegressRequest(String toStage, String reason) {}

  record LoseRequest(String reason) {}
}
