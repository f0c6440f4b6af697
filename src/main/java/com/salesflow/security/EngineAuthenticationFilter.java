package com.salesflow.security;

import com.salesflow.access.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who is calling for the length of an API request, so that the engine records the
 * user on what it does (task completion, history). On engine REST the engine applies its
 * authorizations to them; our own API applies its own rules instead (see {@link OwnApiCalls}).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    identity.setAuthentication(caller.getName(), Roles.groupsOf(caller));
    try {
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        OwnApiCalls.run(() -> chain.doFilter(request, response));
      } else {
        chain.doFilter(request, response);
      }
    } finally {
      identity.clearAuthentication();
    }
  }
}
