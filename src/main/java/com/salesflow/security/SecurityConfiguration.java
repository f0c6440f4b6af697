package com.salesflow.security;

import com.salesflow.access.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may reach what. Our API and the engine REST API need a Camunda login (HTTP Basic), and only
 * process owners may deploy or remove diagrams through engine REST (as Camunda Modeler does); the
 * Camunda webapps bring their own login page and CSRF protection; only health, the error page and
 * the webapps' login and assets are served without a login.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider logins,
      @Lazy IdentityService identity) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .securityMatcher(new OrRequestMatcher(path.matcher("/api/**"),
            path.matcher("/engine-rest/**")))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher(HttpMethod.POST, "/engine-rest/deployment/**"),
                path.matcher(HttpMethod.DELETE, "/engine-rest/deployment/**"))
            .hasAuthority(Roles.GROUP_PREFIX + "process-owner")
            .anyRequest().authenticated())
        .authenticationProvider(logins)
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain siteChain(HttpSecurity http, CamundaIdentityAuthenticationProvider logins)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path.matcher("/"), path.matcher("/camunda/**"),
                path.matcher("/actuator/health/**"), path.matcher("/error"))
            .permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(logins)
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(path.matcher("/camunda/**")))
        .build();
  }
}
