package com.salesflow.shared;

/** The request clashes with the current state: a stale version, or a state that forbids it. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
