package com.salesflow.lead;

/** Where a lead stands: waiting for its first contact, contacted, or turned into a deal. */
enum LeadStatus {
  NEW,
  CONTACTED,
  CONVERTED
}
