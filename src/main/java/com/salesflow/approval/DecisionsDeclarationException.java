package com.salesflow.approval;

import com.salesflow.shared.Refusal;
import org.camunda.bpm.engine.BadUserRequestException;

/** A diagram declares outcomes an approval task cannot have; it is refused at deployment (400). */
class DecisionsDeclarationException extends BadUserRequestException implements Refusal {

  DecisionsDeclarationException(String message) {
    super(message);
  }
}
