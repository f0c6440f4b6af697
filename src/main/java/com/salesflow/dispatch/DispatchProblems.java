package com.salesflow.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a request closed without its deliverable with 422, naming the deliverable. */
@RestControllerAdvice
class DispatchProblems {

  private static final Logger log = LoggerFactory.getLogger(DispatchProblems.class);

  @ExceptionHandler(DeliverableMissingException.class)
  ProblemDetail refused(DeliverableMissingException e) {
    log.warn("Refused to close a customer request: {}", e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setProperty("deliverable", e.deliverable());
    return problem;
  }
}
