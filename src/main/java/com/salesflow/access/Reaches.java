package com.salesflow.access;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Works out a caller's {@link Reach} from their groups and the reporting lines: members of
 * {@code camunda-admin} reach everyone, anyone another member reports to is a supervisor, and
 * everyone else reaches their own records.
 */
@Component
public class Reaches {

  private static final String ADMIN_AUTHORITY =
      Roles.GROUP_PREFIX + Groups.CAMUNDA_ADMIN;

  private final Organisation organisation;

  Reaches(Organisation organisation) {
    this.organisation = organisation;
  }

  public Reach of(Authentication caller) {
    if (hasAuthority(caller, ADMIN_AUTHORITY)) {
      return Reach.EVERYONE;
    }
    String user = caller.getName();
    if (organisation.leadsAnyone(user)) {
      return Reach.supervisor(user, organisation.member(user).map(OrgMember::teamId).orElse(null));
    }
    return Reach.rep(user);
  }

  /** Whether a record owned by {@code ownerId} lies within {@code reach}. */
  public boolean covers(Reach reach, String ownerId) {
    if (reach.seesEveryone()) {
      return true;
    }
    if (ownerId == null) {
      return false;
    }
    if (reach.owner() != null) {
      return reach.owner().equals(ownerId);
    }
    if (reach.supervisor().equals(ownerId)) {
      return true;
    }
    Optional<OrgMember> member = organisation.member(ownerId);
    return member.isPresent() && (reach.supervisor().equals(member.get().supervisorId())
        || (reach.team() != null && reach.team().equals(member.get().teamId())));
  }

  /** The owners whose records {@code reach} covers, or empty for everyone's. */
  public Optional<List<String>> owners(Reach reach) {
    if (reach.seesEveryone()) {
      return Optional.empty();
    }
    if (reach.owner() != null) {
      return Optional.of(List.of(reach.owner()));
    }
    List<String> owners =
        new ArrayList<>(organisation.usersLedBy(reach.supervisor(), reach.team()));
    if (!owners.contains(reach.supervisor())) {
      owners.add(reach.supervisor());
    }
    return Optional.of(owners);
  }

  static boolean hasAuthority(Authentication caller, String authority) {
    return caller.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
  }
}
