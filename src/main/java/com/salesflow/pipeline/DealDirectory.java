package com.salesflow.pipeline;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-up of deals for other capabilities: who owns a deal and what it is about. */
@Service
@Transactional(readOnly = true)
public class DealDirectory {

  private final OpportunityMapper opportunities;

  DealDirectory(OpportunityMapper opportunities) {
    this.opportunities = opportunities;
  }

  /** The deal with {@code id}, or empty when there is none. */
  public Optional<DealSummary> find(String id) {
    return opportunities.findById(id).map(o -> new DealSummary(o.id(), o.customer(), o.title(),
        o.amount(), o.ownerId(), o.status().name()));
  }

  /** What another capability may know of a deal. */
  public record DealSummary(String id, String customer, String title, BigDecimal amount,
      String ownerId, String status) {}
}
