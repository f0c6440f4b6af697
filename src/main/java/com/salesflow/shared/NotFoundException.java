package com.salesflow.shared;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, String id) {
    super(what + " " + id + " not found");
  }
}
