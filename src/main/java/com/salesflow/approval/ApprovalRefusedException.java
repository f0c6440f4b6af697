package com.salesflow.approval;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An approval task was completed without a decision it accepts, or without the reason a rejection
 * needs. Engine REST and Tasklist answer it as a refused form (400), our API with 422.
 */
public class ApprovalRefusedException extends FormFieldValidationException implements Refusal {

  private final String field;

  ApprovalRefusedException(String field, String message) {
    super(field, message);
    this.field = field;
  }

  /** The form field that is missing or wrong. */
  public String field() {
    return field;
  }
}
