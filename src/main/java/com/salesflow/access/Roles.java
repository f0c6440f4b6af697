package com.salesflow.access;

import java.util.List;

/** Role checks of docs/security.md ("Roles") as {@code @PreAuthorize} expressions. */
public final class Roles {

  /** The groups of those who sell. */
  public static final List<String> SALES_GROUPS = List.of("sales-rep", "sales-supervisor");

  /** Those who sell, and so open deals and receive leads: reps, supervisors, administrators. */
  public static final String SALES = "hasAnyAuthority('GROUP_sales-rep', 'GROUP_sales-supervisor',"
      + " 'GROUP_camunda-admin')";

  private Roles() {}
}
