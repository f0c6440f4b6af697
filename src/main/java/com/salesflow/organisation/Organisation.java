package com.salesflow.organisation;

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
}
