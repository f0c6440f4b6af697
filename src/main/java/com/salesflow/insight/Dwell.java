package com.salesflow.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dwell times of one stage's stays, collected group by group: each group of stays sharing
 * entry and exit day adds its count and its exact mean working time in days.
 */
final class Dwell {

  private final List<double[]> groups = new ArrayList<>();
  private long stays;
  private double totalDays;

  void add(long count, double meanDays) {
    groups.add(new double[] {meanDays, count});
    stays += count;
    totalDays += meanDays * count;
  }

  long stays() {
    return stays;
  }

  /** The mean working days over all stays; null when there were none. */
  Double mean() {
    return stays == 0 ? null : round(totalDays / stays);
  }

  /** The median over stays, each group of stays taken at its mean; null when there were none. */
  Double median() {
    if (stays == 0) {
      return null;
    }
    groups.sort(Comparator.comparingDouble(g -> g[0]));
    double lower = valueAt((stays - 1) / 2);
    double upper = valueAt(stays / 2);
    return round((lower + upper) / 2);
  }

  private double valueAt(long index) {
    long seen = 0;
    for (double[] group : groups) {
      seen += (long) group[1];
      if (index < seen) {
        return group[0];
      }
    }
    throw new IllegalStateException("index " + index + " beyond " + stays + " stays");
  }

  static double round(double days) {
    return Math.round(days * 100) / 100.0;
  }
}
