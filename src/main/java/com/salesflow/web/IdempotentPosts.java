package com.salesflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A POST of our API that carries an {@code Idempotency-Key} header happens at most once per
 * caller and key: sent again (a retry after a lost answer, a double click), it changes nothing and
 * is answered 409 with the {@code Location} of what the first one created. A key is freed again
 * when its request fails, so that the caller may retry it, and forgotten after a day. A key used
 * for a different request is refused with 422.
 */
@Component
class IdempotentPosts extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");
  private static final Duration KEPT_FOR = Duration.ofDays(1);

  private final IdempotencyKeyMapper keys;
  private final ObjectMapper json;

  IdempotentPosts(IdempotencyKeyMapper keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    String key = request.getHeader(HEADER);
    if (caller == null || !caller.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    if (!VALID_KEY.matcher(key).matches()) {
      refuse(response, HttpStatus.BAD_REQUEST, HEADER
          + " must be 1 to 100 visible ASCII characters without spaces", null);
      return;
    }
    String user = caller.getName();
    String target = request.getRequestURI();
    Instant now = Instant.now();
    keys.deleteOlderThan(now.minus(KEPT_FOR));
    try {
      keys.insert(user, key, target, now);
    } catch (DuplicateKeyException e) {
      answerReplay(response, user, key, target);
      return;
    }
    boolean succeeded = false;
    try {
      chain.doFilter(request, response);
      succeeded = HttpStatus.valueOf(response.getStatus()).is2xxSuccessful();
    } finally {
      if (succeeded) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        keys.recordLocation(user, key, location != null ? location : target);
      } else {
        keys.delete(user, key);
      }
    }
  }

  private void answerReplay(HttpServletResponse response, String user, String key,
      String target) throws IOException {
    IdempotencyKeyMapper.Claim claim = keys.find(user, key).orElse(null);
    if (claim == null) {
      refuse(response, HttpStatus.CONFLICT, "A request with this " + HEADER
          + " has just finished; send it again to learn its result", null);
    } else if (!claim.request().equals(target)) {
      refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "This " + HEADER
          + " was already used for another request (" + claim.request() + ")", null);
    } else if (claim.location() == null) {
      refuse(response, HttpStatus.CONFLICT, "A request with this " + HEADER
          + " is still being processed", null);
    } else {
      refuse(response, HttpStatus.CONFLICT, "This request was already made with this " + HEADER
          + "; its result is at " + claim.location(), claim.location());
    }
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String detail,
      String location) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    if (location != null) {
      response.setHeader(HttpHeaders.LOCATION, location);
    }
    json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
