package com.salesflow.calendar;

/** How an exceptional day differs from the plain Monday-to-Friday week. */
enum DayKind {

  /** A day off, whatever weekday it falls on. */
  HOLIDAY,

  /** A make-up working day on a Saturday or Sunday (调休). */
  WORKDAY
}
