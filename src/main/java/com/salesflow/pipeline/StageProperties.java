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
 *   <li>{@code slaYellowDays} and {@code slaRedDays}: working days in the stage before it turns
 *       yellow and red; the stage's boundary timers read them
 *   <li>{@code entryProcess}: {@code contract-review}, the key of a process started for the deal
 *       when it enters the stage, which must have finished before the deal may leave it
 * </ul>
 */
final class StageProperties {

  static final String EXIT_FIELDS = "exitFields";
  static final String EXIT_ATTACHMENTS = "exitAttachments";
  static final String EXIT_FIELDS_WHEN = "exitFieldsWhen";
  static final String SLA_YELLOW_DAYS = "slaYellowDays";
  static final String SLA_RED_DAYS = "slaRedDays";
  static final String ENTRY_PROCESS = "entryProcess";

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

  /** The stage's SLA, or null when it declares none; declaring only one of the two is an error. */
  static StageSla sla(String stageKey, List<Map.Entry<String, String>> properties) {
    String yellow = value(properties, SLA_YELLOW_DAYS);
    String red = value(properties, SLA_RED_DAYS);
    if (yellow == null && red == null) {
      return null;
    }
    try {
      return new StageSla(Integer.parseInt(String.valueOf(yellow).strip()),
          Integer.parseInt(String.valueOf(red).strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Stage " + stageKey + ": " + SLA_YELLOW_DAYS + " and "
          + SLA_RED_DAYS + " must both be whole numbers of working days, yellow before red ("
          + e.getMessage() + ")", e);
    }
  }

  /** The key of the process the stage starts on entry, or null when it starts none. */
  static String entryProcess(List<Map.Entry<String, String>> properties) {
    String key = value(properties, ENTRY_PROCESS);
    return key == null || key.isBlank() ? null : key.strip();
  }

  private static String value(List<Map.Entry<String, String>> properties, String name) {
    return properties.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
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
