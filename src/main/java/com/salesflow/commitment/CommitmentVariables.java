package com.salesflow.commitment;

/** Process variables of {@code commitment-signoff}; the commitment's id is the business key. */
final class CommitmentVariables {

  static final String PROCESS_KEY = "commitment-signoff";
  static final String REQUESTED_BY = "requestedBy";
  static final String CUSTOMER = "customer";
  static final String DEAL_TITLE = "dealTitle";
  static final String CAPABILITY = "capability";
  static final String PROMISED_DATE = "promisedDate";
  static final String DESCRIPTION = "description";
  /** The roadmap's planned release of the capability (ISO date), absent when not planned. */
  static final String PLANNED_RELEASE = "plannedRelease";
  /** Inputs of the {@code commitment-scope} decision. */
  static final String ON_ROADMAP = "onRoadmap";
  static final String DAYS_LATE = "daysLate";
  /** Output of the decision: a {@link CommitmentScope} name. */
  static final String SCOPE = "scope";
  /** The product director's opinion on a promise beyond the roadmap, shown to the CTO. */
  static final String PRODUCT_OPINION = "productOpinion";

  private CommitmentVariables() {}
}
