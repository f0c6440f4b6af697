package com.salesflow.pipeline;

/**
 * Something a stage needs before a deal may leave it: a field to fill or an attachment to add.
 *
 * @param type {@code field} or {@code attachment}
 * @param name the field's variable name or the attachment kind
 * @param label what the people using the form call it
 */
public record MissingItem(String type, String name, String label) {

  static MissingItem field(String name, String label) {
    return new MissingItem("field", name, label);
  }

  static MissingItem attachment(String kind, String label) {
    return new MissingItem("attachment", kind, label);
  }

  String describe() {
    String what = "field".equals(type) ? "字段" : "附件";
    return what + "「" + label + "」(" + name + ")";
  }
}
