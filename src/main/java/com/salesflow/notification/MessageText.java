package com.salesflow.notification;

/** The plain text of a notice as chat robots and mail show it. */
final class MessageText {

  private MessageText() {}

  static String of(OutboxNotice notice, String publicUrl) {
    StringBuilder text = new StringBuilder("【Salesflow】").append(notice.subject())
        .append('\n').append(notice.body());
    if (notice.link() != null) {
      text.append('\n').append(publicUrl).append(notice.link());
    }
    return text.toString();
  }
}
