package com.salesflow.contract;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A contract-review task may not be completed yet: legal has no contract to read, or a sent-back
 * contract was not revised. Engine REST and Tasklist answer it as a refused form (400).
 */
public class ContractReviewRefusedException extends FormFieldValidationException
    implements Refusal {

  ContractReviewRefusedException(String field, String message) {
    super(field, message);
  }
}
