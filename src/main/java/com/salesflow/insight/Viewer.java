package com.salesflow.insight;

/**
 * Whose deals a caller may see in reports: everyone's (all fields null), a supervisor's team (the
 * supervisor, their direct reports and their team), or a rep's own.
 */
record Viewer(String owner, String supervisor, String team) {

  static final Viewer EVERYONE = new Viewer(null, null, null);

  static Viewer rep(String userId) {
    return new Viewer(userId, null, null);
  }

  static Viewer supervisor(String userId, String team) {
    return new Viewer(null, userId, team);
  }

  boolean seesEveryone() {
    return owner == null && supervisor == null;
  }
}
