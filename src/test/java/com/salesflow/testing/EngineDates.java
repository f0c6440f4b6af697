package com.salesflow.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Reads the dates engine REST writes (such as 2026-03-09T01:00:00.000+0000) in any JVM zone. */
public final class EngineDates {

  private static final DateTimeFormatter ENGINE_REST =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private EngineDates() {}

  /** The instant, to the second (the engine clock keeps ticking after a test sets it). */
  public static String toSecond(String engineDate) {
    Instant instant = OffsetDateTime.parse(engineDate, ENGINE_REST).toInstant();
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
