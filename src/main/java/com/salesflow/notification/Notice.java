package com.salesflow.notification;

/**
 * Something one person must be told. {@code key} names the event the notice is about, such as
 * {@code stage-overdue:<deal>:<stage visit>:RED}; together with the recipient and the channel it
 * makes the notice's idempotency key, so the same event never reaches the same person twice.
 *
 * @param subject a short Chinese headline, the title of chat messages and the subject of mail
 * @param body the message text
 * @param link a path in Salesflow where the recipient can act on it, or null
 */
public record Notice(String key, String recipientId, String subject, String body, String link) {}
