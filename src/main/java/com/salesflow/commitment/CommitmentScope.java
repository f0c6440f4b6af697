package com.salesflow.commitment;

/** What the {@code commitment-scope} table made of a promise, and so who must sign it off. */
enum CommitmentScope {
  /** The product director confirms. */
  WITHIN_ROADMAP,
  /** The product director gives an opinion and the CTO countersigns. */
  BEYOND_ROADMAP
}
