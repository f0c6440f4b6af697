package com.salesflow.pipeline;

/** Where a deal stands overall. */
public enum OpportunityStatus {
  OPEN,
  WON,
  LOST
}
