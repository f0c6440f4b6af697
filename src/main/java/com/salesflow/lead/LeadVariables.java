package com.salesflow.lead;

/** Process variables of {@code lead-first-response}; the lead's id is the business key. */
final class LeadVariables {

  static final String PROCESS_KEY = "lead-first-response";
  static final String FIRST_CONTACT_TASK = "Task_FirstContact";
  /** The lead's owner, to whom the first-contact task is assigned. */
  static final String OWNER = "owner";
  static final String CUSTOMER = "customer";
  /** What the owner wrote down about the first contact, from the task's form. */
  static final String CONTACT_NOTE = "contactNote";

  private LeadVariables() {}
}
