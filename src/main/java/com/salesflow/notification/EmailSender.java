package com.salesflow.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Mails notices to the address the recipient has in Camunda's user directory. */
@Component
class EmailSender implements ChannelSender {

  private final NotificationProperties properties;
  private final ObjectProvider<JavaMailSender> mail;
  private final IdentityService identity;

  EmailSender(NotificationProperties properties, ObjectProvider<JavaMailSender> mail,
      @Lazy IdentityService identity) {
    this.properties = properties;
    this.mail = mail;
    this.identity = identity;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void deliver(OutboxNotice notice) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new DeliveryException("no mail server is configured (spring.mail.host)");
    }
    User user = identity.createUserQuery().userId(notice.recipientId()).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      throw new DeliveryException("user " + notice.recipientId() + " has no email address");
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mail().from());
    message.setTo(user.getEmail());
    message.setSubject("【Salesflow】" + notice.subject());
    message.setText(MessageText.of(notice, properties.publicUrl()));
    try {
      sender.send(message);
    } catch (MailException e) {
      throw new DeliveryException("mail to " + user.getEmail() + " failed: " + e.getMessage(), e);
    }
  }
}
