package com.salesflow.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What must be true before a deal may leave a stage, as the process owner declared it on the stage
 * task: fields to fill, attachment kinds to add, and fields that become required under a condition.
 */
record ExitCriteria(
    List<String> fields, List<AttachmentRequirement> attachments, List<ConditionalFields> when) {

  static final ExitCriteria NONE = new ExitCriteria(List.of(), List.of(), List.of());

  /** Every item the deal still lacks, fields first, each labelled with {@code fieldLabel}. */
  List<MissingItem> missingFor(DealFacts facts, Function<String, String> fieldLabel) {
    List<MissingItem> missing = new ArrayList<>();
    for (String field : requiredFields(facts)) {
      if (!facts.isFilled(field)) {
        missing.add(MissingItem.field(field, fieldLabel.apply(field)));
      }
    }
    for (AttachmentRequirement attachment : attachments) {
      if (!facts.hasAttachment(attachment.kind())) {
        missing.add(MissingItem.attachment(attachment.kind(), attachment.label()));
      }
    }
    return missing;
  }

  List<String> requiredFields(DealFacts facts) {
    List<String> required = new ArrayList<>(fields);
    for (ConditionalFields conditional : when) {
      if (conditional.condition().holdsFor(facts)) {
        conditional.fields().stream().filter(f -> !required.contains(f)).forEach(required::add);
      }
    }
    return required;
  }

  /** All fields this stage may ever ask for, whatever the deal's values. */
  List<String> allFields() {
    List<String> all = new ArrayList<>(fields);
    when.forEach(c -> c.fields().stream().filter(f -> !all.contains(f)).forEach(all::add));
    return all;
  }

  /** An attachment kind that must exist, with the name people know it by. */
  record AttachmentRequirement(String kind, String label) {}

  /** Fields required only while a condition on the deal holds. */
  record ConditionalFields(Condition condition, List<String> fields) {}
}
