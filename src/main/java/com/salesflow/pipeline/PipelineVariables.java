package com.salesflow.pipeline;

/**
 * Names of the process variables every pipeline instance carries. The deal's id is the process
 * instance's business key; its stage fields are variables named after their form keys.
 */
final class PipelineVariables {

  /** The deal's owner; stage tasks are assigned to {@code ${owner}}. */
  static final String OWNER = "owner";
  static final String CUSTOMER = "customer";
  static final String TITLE = "title";
  /** The deal's amount in CNY, for conditions such as {@code amount > 5000000}. */
  static final String AMOUNT = "amount";

  private PipelineVariables() {}
}
