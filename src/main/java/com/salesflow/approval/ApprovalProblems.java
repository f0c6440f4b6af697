package com.salesflow.approval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers an incomplete decision with 422 and a task that is not the caller's with 403. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApprovalProblems {

  private static final Logger log = LoggerFactory.getLogger(ApprovalProblems.class);

  @ExceptionHandler(ApprovalRefusedException.class)
  ProblemDetail refused(ApprovalRefusedException e) {
    log.warn("Refused a decision: {}", e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler(TaskNotYoursException.class)
  ProblemDetail notYours(TaskNotYoursException e) {
    log.warn("Refused work on a task: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
  }
}
