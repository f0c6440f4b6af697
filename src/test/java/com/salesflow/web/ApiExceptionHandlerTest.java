package com.salesflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Problem documents checked on every database; {@code StatementTimeoutIT} provokes the timeout over
 * HTTP, but only MySQL and MariaDB can hold a read back for it.
 */
class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void aStatementCancelledByItsTimeoutIsServiceUnavailableWithAdviceNotAServerError() {
    QueryTimeoutException timeout = new QueryTimeoutException("select … from stage_history",
        new SQLTimeoutException("Statement cancelled due to timeout or client request"));

    ResponseEntity<ProblemDetail> answer = handler.tooSlow(timeout);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    assertThat(answer.getBody().getDetail())
        .contains("request was cancelled")
        .contains("shorter period")
        .contains("one pipeline, team or owner")
        .doesNotContain("stage_history");
  }
}
