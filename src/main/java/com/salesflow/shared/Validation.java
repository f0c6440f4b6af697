package com.salesflow.shared;

/** Checks on request values that name the offending field when they fail. */
public final class Validation {

  private Validation() {}

  /** Returns the trimmed text, refusing a missing or blank value or one over {@code maxLength}. */
  public static String requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
    }
    return trimmed;
  }
}
