package com.salesflow.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused stage gate with 422 and the list of what is missing. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StageGateProblems {

  private static final Logger log = LoggerFactory.getLogger(StageGateProblems.class);

  @ExceptionHandler(StageGateRefusedException.class)
  ProblemDetail refused(StageGateRefusedException e) {
    log.warn("Stage {} gate refused: {}", e.stageKey(), e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("Stage exit criteria not met");
    problem.setProperty("stage", e.stageKey());
    problem.setProperty("missing", e.missing());
    return problem;
  }
}
