package com.salesflow.notification;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts a JSON message to a chat robot's webhook. WeCom and DingTalk robots both answer
 * {@code {"errcode": 0}} when they took the message and another code with {@code errmsg} when not.
 */
@Component
class RobotClient {

  private final RestClient http;

  RobotClient(NotificationProperties properties) {
    Duration timeout = properties.outbox().requestTimeout();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
        HttpClient.newBuilder().connectTimeout(timeout).build());
    requests.setReadTimeout(timeout);
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  void post(URI webhook, Object message) {
    JsonNode answer;
    try {
      answer = http.post().uri(webhook).contentType(MediaType.APPLICATION_JSON).body(message)
          .retrieve().body(JsonNode.class);
    } catch (RestClientException e) {
      throw new DeliveryException("robot at " + webhook.getHost() + " failed: " + e.getMessage(), e);
    }
    if (answer == null || answer.path("errcode").asInt(-1) != 0) {
      throw new DeliveryException("robot refused the message: " + answer);
    }
  }
}
