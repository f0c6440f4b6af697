package com.salesflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 when a request fails because the database cannot be reached, whether checking the
 * caller's login failed or the work itself, with a problem document that shows no SQL or stack
 * trace. What the request had written was in one transaction, which the database drops with the
 * connection, so nothing is half-written; the connection pool checks connections before use and
 * opens new ones once the database answers, so the application recovers without a restart. It
 * sits just outside Spring Security so that it sees failures of the login check too.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final ObjectMapper json;

  DatabaseOutageFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseOutage.causes(e)) {
        throw e;
      }
      log.warn("{} {} refused: the database cannot be reached ({})", request.getMethod(),
          request.getRequestURI(), rootCause(e));
      refuse(request, response);
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The database cannot be reached, so the request was not carried out; try again shortly");
    problem.setInstance(URI.create(request.getRequestURI()));
    response.reset();
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static String rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}
