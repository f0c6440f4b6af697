package com.salesflow.pipeline;

import com.salesflow.calendar.WorkingCalendar;
import java.time.Instant;

/**
 * After how many working days a deal that has not left a stage turns yellow and then red, as the
 * process owner declared it on the stage task ({@code slaYellowDays}, {@code slaRedDays}).
 */
record StageSla(int yellowDays, int redDays) {

  StageSla {
    if (yellowDays < 1 || redDays <= yellowDays) {
      throw new IllegalArgumentException("needs 0 < slaYellowDays < slaRedDays, not "
          + yellowDays + " and " + redDays);
    }
  }

  int workingDays(SlaLevel level) {
    return switch (level) {
      case YELLOW -> yellowDays;
      case RED -> redDays;
      case GREEN -> 0;
    };
  }

  /** When a deal that entered the stage at {@code entered} reaches {@code level}. */
  Instant dueAt(Instant entered, SlaLevel level, WorkingCalendar calendar) {
    return calendar.plusWorkingDays(entered, workingDays(level));
  }
}
