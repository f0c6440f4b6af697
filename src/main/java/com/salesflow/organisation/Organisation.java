package com.salesflow.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reporting lines of the sales organisation, which escalations follow. */
@Service
public class Organisation {

  private final OrgMemberMapper members;

  Organisation(OrgMemberMapper members) {
    this.members = members;
  }

  /** The direct supervisor of {@code userId}, if the organisation records one. */
  public Optional<String> supervisorOf(String userId) {
    return members.findByUser(userId).map(OrgMember::supervisorId);
  }

  public Optional<OrgMember> member(String userId) {
    return members.findByUser(userId);
  }

  /** Whether anyone reports to {@code userId}, which makes them a supervisor. */
  public boolean leadsAnyone(String userId) {
    return members.countReportsOf(userId) > 0;
  }

  /** Everyone who reports to {@code supervisorId} or is in {@code teamId} (when not null). */
  public List<String> usersLedBy(String supervisorId, String teamId) {
    return members.findUsersLedBy(supervisorId, teamId);
  }
}
