package com.salesflow.shared;

import java.util.List;

/** Input that cannot be accepted, with each offending field named. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("invalid input");
  }

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
