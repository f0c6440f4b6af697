package com.salesflow.calendar;

import java.time.Instant;

/** A known year: where its arrangement came from and who last changed it. */
record CalendarYear(int year, String source, int version, Instant updatedAt, String updatedBy) {

  static final String SOURCE_TYME4J = "tyme4j";
  static final String SOURCE_ADMIN = "admin";
}
