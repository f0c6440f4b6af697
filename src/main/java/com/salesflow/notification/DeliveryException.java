package com.salesflow.notification;

/** A channel did not take a notice; the outbox will try again later, up to its limit. */
class DeliveryException extends RuntimeException {

  DeliveryException(String message) {
    super(message);
  }

  DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
