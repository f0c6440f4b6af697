package com.salesflow.commitment;

import static com.salesflow.shared.Validation.requireText;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.VersionTag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roadmap over HTTP: anyone logged in reads it, only the product director plans it. An item's
 * answer carries its version as an ETag; a change sent with a stale {@code If-Match} is 409.
 */
@RestController
@RequestMapping("/api/roadmap")
class RoadmapController {

  private final Roadmap roadmap;

  RoadmapController(Roadmap roadmap) {
    this.roadmap = roadmap;
  }

  @GetMapping
  List<RoadmapItem> all() {
    return roadmap.all();
  }

  @GetMapping("/{capability}")
  ResponseEntity<RoadmapItem> get(@PathVariable String capability) {
    return withEtag(roadmap.get(capability));
  }

  @PutMapping("/{capability}")
  @PreAuthorize("hasAuthority('GROUP_product-director')")
  ResponseEntity<RoadmapItem> plan(@PathVariable String capability,
      @RequestBody PlannedItem request,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication caller) {
    String name = requireText("capability", capability, 200);
    if (request.status() == null) {
      throw new InvalidInputException("status", "is required");
    }
    if (request.plannedRelease() == null && request.status() != RoadmapStatus.DROPPED) {
      throw new InvalidInputException("plannedRelease", "is required unless the item is DROPPED");
    }
    Integer expected = VersionTag.fromIfMatch(ifMatch, "roadmap item");
    return withEtag(roadmap.plan(name, request.plannedRelease(), request.status(), expected,
        caller.getName()));
  }

  private static ResponseEntity<RoadmapItem> withEtag(RoadmapItem item) {
    return ResponseEntity.ok().eTag(VersionTag.of(item.version())).body(item);
  }

  /** A capability's plan as the product director sends it. */
  record PlannedItem(LocalDate plannedRelease, RoadmapStatus status) {}
}
