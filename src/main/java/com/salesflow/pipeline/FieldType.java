package com.salesflow.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The kinds of value a stage form field holds, as Camunda Forms components declare them. Components
 * holding lists (checklist, taglist) are not offered: Tasklist stores them as JSON variables.
 */
enum FieldType {
  TEXT,
  NUMBER,
  BOOLEAN,
  DATE;

  /** The type behind a Camunda Forms component, or empty for components that hold no value. */
  static Optional<FieldType> ofComponent(String componentType, String subtype) {
    return switch (componentType) {
      case "textfield", "textarea", "select", "radio" -> Optional.of(TEXT);
      case "number" -> Optional.of(NUMBER);
      case "checkbox" -> Optional.of(BOOLEAN);
      case "datetime" -> Optional.of("date".equals(subtype) ? DATE : TEXT);
      default -> Optional.empty();
    };
  }

  /**
   * Converts a JSON value to the process variable value stored for this type; null clears the
   * field. Throws {@link IllegalArgumentException} with a reader-facing reason when it does not fit.
   */
  Object toVariable(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    return switch (this) {
      case TEXT -> text(value);
      case NUMBER -> number(value);
      case BOOLEAN -> bool(value);
      case DATE -> date(value);
    };
  }

  private static String text(JsonNode value) {
    if (!value.isTextual()) {
      throw new IllegalArgumentException("must be text");
    }
    return value.textValue();
  }

  private static Object number(JsonNode value) {
    if (!value.isNumber()) {
      throw new IllegalArgumentException("must be a number");
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    return value.doubleValue();
  }

  private static Boolean bool(JsonNode value) {
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("must be true or false");
    }
    return value.booleanValue();
  }

  private static String date(JsonNode value) {
    try {
      return LocalDate.parse(text(value)).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a date like 2026-03-31");
    }
  }
}
