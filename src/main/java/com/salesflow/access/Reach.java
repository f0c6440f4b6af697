package com.salesflow.access;

/**
 * Whose deals, leads and customers a caller works with: everyone's (all fields null), a
 * supervisor's (the supervisor's own, their direct reports' and their team's), or one rep's own.
 */
public record Reach(String owner, String supervisor, String team) {

  public static final Reach EVERYONE = new Reach(null, null, null);

  static Reach rep(String userId) {
    return new Reach(userId, null, null);
  }

  static Reach supervisor(String userId, String team) {
    return new Reach(null, userId, team);
  }

  public boolean seesEveryone() {
    return owner == null && supervisor == null;
  }
}
