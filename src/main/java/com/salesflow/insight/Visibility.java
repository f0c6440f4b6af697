package com.salesflow.insight;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees which deals in reports. Members of camunda-admin see everything; a supervisor (anyone
 * another member reports to) sees their team and direct reports; anyone else sees their own deals.
 * Asking by name for a team or an owner outside that view is refused with 403 rather than answered
 * with a quietly narrower number under the same label.
 */
@Component
class Visibility {

  static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

  private final InsightMapper mapper;
  private final Organisation organisation;

  Visibility(InsightMapper mapper, Organisation organisation) {
    this.mapper = mapper;
    this.organisation = organisation;
  }

  Viewer of(Authentication caller) {
    boolean admin = caller.getAuthorities().stream()
        .anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
    if (admin) {
      return Viewer.EVERYONE;
    }
    String user = caller.getName();
    if (mapper.countReportsOf(user) > 0) {
      return Viewer.supervisor(user, organisation.member(user).map(OrgMember::teamId).orElse(null));
    }
    return Viewer.rep(user);
  }

  /** Refuses a team or owner filter that reaches beyond what {@code viewer} may see. */
  void check(Viewer viewer, String team, String owner) {
    if (viewer.seesEveryone()) {
      return;
    }
    if (viewer.owner() != null) {
      require(owner == null || owner.equals(viewer.owner()), "owner");
      require(team == null || team.equals(teamOf(viewer.owner())), "team");
      return;
    }
    require(team == null || team.equals(viewer.team()), "team");
    require(owner == null || owner.equals(viewer.supervisor()) || isInView(viewer, owner),
        "owner");
  }

  private boolean isInView(Viewer viewer, String owner) {
    Optional<OrgMember> member = organisation.member(owner);
    return member.isPresent() && (viewer.supervisor().equals(member.get().supervisorId())
        || (viewer.team() != null && viewer.team().equals(member.get().teamId())));
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
