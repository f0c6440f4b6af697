package com.salesflow.security;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Spring beans that diagrams may name in expressions; the engine sees no other bean, and a
 * deployment naming another is refused.
 *
 * @param beans bean names, such as {@code stageSla}
 */
@ConfigurationProperties("salesflow.expressions")
record ExpressionProperties(Set<String> beans) {

  ExpressionProperties {
    beans = beans == null ? Set.of() : Set.copyOf(beans);
  }
}
