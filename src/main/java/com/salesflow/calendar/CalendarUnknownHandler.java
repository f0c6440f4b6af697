package com.salesflow.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a question about a date in an unknown year with 422: the request is well formed, but
 * the calendar cannot answer it until an administrator enters that year. Covers every Salesflow
 * controller, since any capability that counts working days can meet such a date.
 */
@RestControllerAdvice(basePackages = "com.salesflow")
class CalendarUnknownHandler {

  @ExceptionHandler(CalendarUnknownException.class)
  ProblemDetail unknownYear(CalendarUnknownException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setProperty("date", e.date().toString());
    return problem;
  }
}
