package com.salesflow.access;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of docs/security.md ("Roles") as Spring Security sees them: a caller's Camunda groups
 * become authorities named {@code GROUP_<group id>}.
 */
public final class Roles {

  /** What a Camunda group's id is prefixed with to make the caller's authority. */
  public static final String GROUP_PREFIX = "GROUP_";

  /** The groups of those who sell. */
  public static final List<String> SALES_GROUPS = List.of("sales-rep", "sales-supervisor");

  /** Those who sell, and so open deals and receive leads: reps, supervisors, administrators. */
  public static final String SALES = "hasAnyAuthority('GROUP_sales-rep', 'GROUP_sales-supervisor',"
      + " 'GROUP_camunda-admin')";

  private Roles() {}

  /** The ids of the Camunda groups {@code caller} is a member of. */
  public static List<String> groupsOf(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GROUP_PREFIX))
        .map(a -> a.substring(GROUP_PREFIX.length()))
        .toList();
  }
}
