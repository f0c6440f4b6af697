package com.salesflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Compensating control for CVE-2026-77226: Camunda Admin's first-run page creates an administrator
 * whenever group {@code camunda-admin} has no direct member. Salesflow closes that page for good
 * as soon as the group has one, and warns at start-up while it has none.
 */
@Configuration
class AdminSetupGuard {

  static final String ADMIN_GROUP = "camunda-admin";

  private static final Logger log = LoggerFactory.getLogger(AdminSetupGuard.class);

  private final IdentityService identity;

  AdminSetupGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> adminSetupFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new SetupClosedFilter());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnWhileOpen() {
    if (!bootstrapped()) {
      log.warn("Group {} has no direct member: Camunda Admin's setup page will create an "
          + "administrator for whoever opens it first. Create the first administrator now.",
          ADMIN_GROUP);
    }
  }

  private boolean bootstrapped() {
    return identity.createUserQuery().memberOfGroup(ADMIN_GROUP).count() > 0;
  }

  private final class SetupClosedFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if (bootstrapped()) {
        log.warn("Refused Camunda Admin's setup page from {}: the system has an administrator",
            request.getRemoteAddr());
        response.sendError(HttpStatus.FORBIDDEN.value());
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
