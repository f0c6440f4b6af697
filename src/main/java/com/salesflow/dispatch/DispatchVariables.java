package com.salesflow.dispatch;

/**
 * Names of the variables of {@code customer-request}: what the rep recorded, and the outputs of
 * the dispatch rules, which the business rule task maps to variables of the same names.
 */
final class DispatchVariables {

  static final String PROCESS_KEY = "customer-request";
  static final String DECISION_KEY = "dispatch-rules";
  static final String REQUEST_ID = "requestId";
  static final String REQUEST_TYPE = "requestType";
  static final String DESCRIPTION = "description";
  static final String CUSTOMER = "customer";
  static final String TITLE = "title";
  static final String HANDLER_GROUP = "handlerGroup";
  static final String INFORMED_GROUPS = "informedGroups";
  static final String DELIVERABLE = "deliverable";
  static final String DUE_WORKING_DAYS = "dueWorkingDays";

  private DispatchVariables() {}
}
