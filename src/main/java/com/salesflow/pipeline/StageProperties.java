package com.salesflow.pipeline;

import com.salesflow.pipeline.ExitCriteria.AttachmentRequirement;
import com.salesflow.pipeline.ExitCriteria.ConditionalFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a stage's exit criteria from the extension properties a process owner sets on the stage
 * task in Camunda Modeler:
 *
 * <ul>
 *   <li>{@code exitFields}: {@code testDate, customerParticipants}
 *   <li>{@code exitAttachments}: {@code purchase-intent-letter:采购意向书} (label optional)
 *   <li>{@code exitFieldsWhen}, repeatable: {@code amount > 5000000: customerApprovalStage}
 * </ul>
 */
final class StageProperties {

  static final String EXIT_FIELDS = "exitFields";
  static final String EXIT_ATTACHMENTS = "exitAttachments";
  static final String EXIT_FIELDS_WHEN = "exitFieldsWhen";

  private StageProperties() {}

  /** Builds the criteria from (name, value) pairs; names may repeat. */
  static ExitCriteria exitCriteria(String stageKey, List<Map.Entry<String, String>> properties) {
    List<String> fields = new ArrayList<>();
    List<AttachmentRequirement> attachments = new ArrayList<>();
    List<ConditionalFields> when = new ArrayList<>();
    for (Map.Entry<String, String> property : properties) {
      String value = property.getValue() == null ? "" : property.getValue();
      switch (property.getKey()) {
        case EXIT_FIELDS -> fields.addAll(list(value));
        case EXIT_ATTACHMENTS -> list(value).forEach(a -> attachments.add(attachment(a)));
        case EXIT_FIELDS_WHEN -> when.add(conditional(stageKey, value));
        default -> { }
      }
    }
    return new ExitCriteria(List.copyOf(fields), List.copyOf(attachments), List.copyOf(when));
  }

  private static AttachmentRequirement attachment(String entry) {
    int colon = entry.indexOf(':');
    if (colon < 0) {
      return new AttachmentRequirement(entry, entry);
    }
    return new AttachmentRequirement(
        entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
  }

  private static ConditionalFields conditional(String stageKey, String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Stage " + stageKey + ": " + EXIT_FIELDS_WHEN
          + " must read '<condition>: <field>, <field>', not '" + value + "'");
    }
    try {
      Condition condition = Condition.parse(value.substring(0, colon));
      return new ConditionalFields(condition, list(value.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Stage " + stageKey + ": " + e.getMessage(), e);
    }
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
