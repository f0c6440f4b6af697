package com.salesflow.commitment;

import com.salesflow.pipeline.DealAccess;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Commitments over HTTP: submit one for sign-off, follow it, download its letter once approved. */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

  private final CommitmentService service;
  private final CommitmentReader reader;
  private final CommitmentLetter letters;
  private final CommitmentAccess access;
  private final DealAccess deals;

  CommitmentController(CommitmentService service, CommitmentReader reader,
      CommitmentLetter letters, CommitmentAccess access, DealAccess deals) {
    this.service = service;
    this.reader = reader;
    this.letters = letters;
    this.access = access;
    this.deals = deals;
  }

  @PostMapping
  ResponseEntity<CommitmentView> submit(@RequestBody CommitmentService.NewCommitment request,
      Principal caller) {
    if (request.opportunityId() != null) {
      deals.requireChangeable(request.opportunityId());
    }
    Commitment commitment = service.submit(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/commitments/" + commitment.id()))
        .body(reader.view(commitment.id()));
  }

  @GetMapping("/{id}")
  CommitmentView get(@PathVariable String id) {
    return readable(id);
  }

  @GetMapping
  List<CommitmentView> ofOpportunity(@RequestParam String opportunityId) {
    deals.requireReadable(opportunityId);
    return reader.ofOpportunity(opportunityId);
  }

  @GetMapping("/{id}/letter")
  ResponseEntity<byte[]> letter(@PathVariable String id) {
    CommitmentView view = readable(id);
    view.commitment().requireApproved();
    ContentDisposition attachment = ContentDisposition.attachment()
        .filename("承诺函-" + view.commitment().capability() + ".pdf", StandardCharsets.UTF_8)
        .build();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
        .body(letters.render(view));
  }

  private CommitmentView readable(String id) {
    CommitmentView view = reader.view(id);
    access.requireReadable(view.commitment());
    return view;
  }
}
