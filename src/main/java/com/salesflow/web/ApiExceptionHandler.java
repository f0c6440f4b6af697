package com.salesflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.salesflow.engine.TaskCompletedConcurrentlyException;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of our API into RFC 9457 problem documents that name what is wrong, without stack
 * traces or SQL.
 */
@RestControllerAdvice(basePackages = "com.salesflow")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  /** How long a client should wait before repeating a request the database was too slow for. */
  private static final Duration RETRY_AFTER_TIMEOUT = Duration.ofMinutes(1);

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalidFields(e.getMessage(), e.errors());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    log.warn("Refused a conflicting change: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrentChange(OptimisticLockingException e) {
    log.warn("Refused a concurrent change: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "Someone else changed this at the same moment; reload and try again");
  }

  @ExceptionHandler(TaskCompletedConcurrentlyException.class)
  ProblemDetail completedConcurrently(TaskCompletedConcurrentlyException e) {
    log.warn("Refused a concurrent completion: {}", e.getMessage());
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /**
   * A statement ran past its time limit (on MySQL our statements'
   * {@code mybatis.configuration.default-statement-timeout}, on H2 the URL's {@code QUERY_TIMEOUT})
   * and the database cancelled it. Most likely a report over a long period, so the answer names
   * the report filters that ask for less.
   */
  @ExceptionHandler(QueryTimeoutException.class)
  ResponseEntity<ProblemDetail> tooSlow(QueryTimeoutException e) {
    log.warn("A query ran past the statement timeout and was cancelled: {}",
        e.getMostSpecificCause().getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_TIMEOUT.toSeconds()))
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
            "The database took longer than it is allowed to answer this request, so the request"
                + " was cancelled; for a report, ask for a shorter period or for one pipeline, team"
                + " or owner, or try again later"));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
    return invalidFields("Invalid parameter " + e.getName(),
        List.of(new InvalidInputException.FieldError(e.getName(),
            "cannot be '" + e.getValue() + "'")));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "The upload is larger than allowed (" + e.getMaxUploadSize() + " bytes at most)"));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem;
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(p -> p.getFieldName() == null ? "[" + p.getIndex() + "]" : p.getFieldName())
          .collect(Collectors.joining("."));
      problem = invalidFields("Invalid value for " + field,
          List.of(new InvalidInputException.FieldError(field, "has the wrong type or format")));
    } else {
      problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          "The request body is missing or is not valid JSON");
    }
    return ResponseEntity.badRequest().body(problem);
  }

  private static ProblemDetail invalidFields(String detail,
      List<InvalidInputException.FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("errors", errors);
    return problem;
  }
}
