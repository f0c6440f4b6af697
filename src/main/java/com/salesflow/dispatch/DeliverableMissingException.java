package com.salesflow.dispatch;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A customer request may not be closed without the deliverable its dispatch rule names. Engine REST
 * and Tasklist answer it as a refused form (400), our API with 422.
 */
public class DeliverableMissingException extends FormFieldValidationException implements Refusal {

  private final String deliverable;

  DeliverableMissingException(String deliverable, String message) {
    super(deliverable, message);
    this.deliverable = deliverable;
  }

  /** The attachment kind that is missing. */
  public String deliverable() {
    return deliverable;
  }
}
