package com.salesflow.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The share of leads answered within the first-response window, per rep and per team, for leads
 * received in a period. A lead counts once it is decided: answered, or its window closed unanswered;
 * leads still inside their window are left out until then.
 */
record FirstResponseRate(Instant from, Instant to, Duration window, List<Row> reps,
    List<Row> teams) {

  static FirstResponseRate of(Instant from, Instant to, Duration window,
      List<ResponseCount> counts) {
    List<Row> reps = counts.stream()
        .map(c -> Row.of(c.ownerId(), c.teamId(), c.leads(), c.answeredInTime()))
        .toList();
    Map<String, long[]> byTeam = new TreeMap<>();
    for (ResponseCount count : counts) {
      long[] sums = byTeam.computeIfAbsent(String.valueOf(count.teamId()), t -> new long[2]);
      sums[0] += count.leads();
      sums[1] += count.answeredInTime();
    }
    List<Row> teams = byTeam.entrySet().stream()
        .map(e -> Row.of(null, e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
    return new FirstResponseRate(from, to, window, reps, teams);
  }

  /** One rep or team: decided leads, those answered in time, and the share (null for none). */
  record Row(String owner, String team, long leads, long answeredInTime, Double rate) {

    static Row of(String owner, String team, long leads, long answeredInTime) {
      Double rate = leads == 0 ? null : (double) answeredInTime / leads;
      return new Row(owner, team, leads, answeredInTime, rate);
    }
  }
}
