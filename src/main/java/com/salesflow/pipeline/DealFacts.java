package com.salesflow.pipeline;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What is known about a deal when its stage gate is checked: field values and attachment kinds. */
record DealFacts(Map<String, Object> values, Set<String> attachmentKinds) {

  boolean isFilled(String field) {
    Object value = values.get(field);
    if (value instanceof String text) {
      return !text.isBlank();
    }
    if (value instanceof Collection<?> items) {
      return !items.isEmpty();
    }
    return value != null;
  }

  boolean hasAttachment(String kind) {
    return attachmentKinds.contains(kind);
  }
}
