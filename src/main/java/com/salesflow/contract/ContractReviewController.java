package com.salesflow.contract;

import com.salesflow.pipeline.DealAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a deal's contract review stands, and in which branch the deal waited how long. */
@RestController
class ContractReviewController {

  private final ContractReviews reviews;
  private final DealAccess deals;

  ContractReviewController(ContractReviews reviews, DealAccess deals) {
    this.reviews = reviews;
    this.deals = deals;
  }

  @GetMapping("/api/opportunities/{id}/contract-review")
  ContractReviewView review(@PathVariable String id) {
    deals.requireReadable(id);
    return reviews.of(id);
  }
}
