package com.salesflow.calendar;

import com.salesflow.shared.Refusal;
import java.time.LocalDate;

/**
 * A date lies in a year whose holiday arrangement nobody has entered, so whether it is a working
 * day cannot be known. The calendar refuses to guess: an administrator has to enter the year. A
 * stage whose SLA time falls in such a year cannot be entered until then.
 */
public class CalendarUnknownException extends RuntimeException implements Refusal {

  private final LocalDate date;

  public CalendarUnknownException(LocalDate date) {
    super("The working calendar does not know " + date + ": an administrator must enter the "
        + date.getYear() + " holiday arrangement");
    this.date = date;
  }

  /** The date that was asked about. */
  public LocalDate date() {
    return date;
  }
}
