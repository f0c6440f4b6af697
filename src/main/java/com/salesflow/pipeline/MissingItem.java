package com.salesflow.pipeline;

/**
 * Something a stage needs before a deal may leave it: a field to fill, an attachment to add or a
 * process started on entry to finish.
 *
 * @param type {@code field}, {@code attachment} or {@code process}
 * @param name the field's variable name, the attachment kind or the process key
 * @param label what the people using the form call it
 */
public record MissingItem(String type, String name, String label) {

  static MissingItem field(String name, String label) {
    return new MissingItem("field", name, label);
  }

  static MissingItem attachment(String kind, String label) {
    return new MissingItem("attachment", kind, label);
  }

  static MissingItem process(String key, String label) {
    return new MissingItem("process", key, label);
  }

  String describe() {
    String what = switch (type) {
      case "field" -> "字段";
      case "attachment" -> "附件";
      default -> "流程";
    };
    return what + "「" + label + "」(" + name + ")";
  }
}
