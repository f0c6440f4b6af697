package com.salesflow.contract;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a deal's contract review stands, and in which branch the deal waited how long. */
@RestController
class ContractReviewController {

  private final ContractReviews reviews;

  ContractReviewController(ContractReviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/api/opportunities/{id}/contract-review")
  ContractReviewView review(@PathVariable String id) {
    return reviews.of(id);
  }
}
