package com.salesflow.insight;

import com.salesflow.access.Reach;
import com.salesflow.access.Reaches;
import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which deals a caller's reports count: those their {@link Reach} covers. Asking by name for a
 * team or an owner outside that reach is refused with 403 rather than answered with a quietly
 * narrower number under the same label.
 */
@Component
class Visibility {

  private final Reaches reaches;
  private final Organisation organisation;

  Visibility(Reaches reaches, Organisation organisation) {
    this.reaches = reaches;
    this.organisation = organisation;
  }

  Reach of(Authentication caller) {
    return reaches.of(caller);
  }

  /** Refuses a team or owner filter that reaches beyond what {@code viewer} may see. */
  void check(Reach viewer, String team, String owner) {
    if (viewer.seesEveryone()) {
      return;
    }
    require(owner == null || reaches.covers(viewer, owner), "owner");
    String ownTeam = viewer.owner() != null ? teamOf(viewer.owner()) : viewer.team();
    require(team == null || team.equals(ownTeam), "team");
  }

  private String teamOf(String user) {
    return organisation.member(user).map(OrgMember::teamId).orElse(null);
  }

  private static void require(boolean allowed, String parameter) {
    if (!allowed) {
      throw new AccessDeniedException("Reports for this " + parameter + " are not visible to you");
    }
  }
}
