package com.salesflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WeCom or DingTalk group robot on loopback: records every message it takes and answers as the
 * real robot does. It can be told to be down for a number of requests, to rehearse an outage.
 * One instance per port lives for the whole test JVM, because the test configuration names it.
 */
public final class ChatRobotStandIn {

  /** The port {@code application-test.yml} gives the WeCom robot of team east-1. */
  public static final int WECOM_PORT = 18091;
  /** The port {@code application-test.yml} gives the DingTalk robot of team east-1. */
  public static final int DINGTALK_PORT = 18092;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static ChatRobotStandIn wecom;
  private static ChatRobotStandIn dingtalk;

  private final List<Message> messages = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  private ChatRobotStandIn(int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.createContext("/", this::answer);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
  }

  public static synchronized ChatRobotStandIn wecom() {
    if (wecom == null) {
      wecom = new ChatRobotStandIn(WECOM_PORT);
    }
    return wecom;
  }

  public static synchronized ChatRobotStandIn dingtalk() {
    if (dingtalk == null) {
      dingtalk = new ChatRobotStandIn(DINGTALK_PORT);
    }
    return dingtalk;
  }

  /** Answers the next {@code requests} requests with HTTP 503, as a robot in an outage would. */
  public void failNext(int requests) {
    failuresLeft.set(requests);
  }

  /** The messages taken so far whose text contains {@code fragment}. */
  public List<Message> messagesContaining(String fragment) {
    return messages.stream().filter(m -> m.text().contains(fragment)).toList();
  }

  private void answer(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    boolean down = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    if (!down) {
      JsonNode message = JSON.readTree(body);
      messages.add(new Message(exchange.getRequestURI(), message,
          message.path("text").path("content").asText()));
    }
    byte[] answer = (down ? "{\"errcode\":-1,\"errmsg\":\"system busy\"}"
        : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(down ? 503 : 200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  /** One message as the robot received it: the webhook address with its query, and the JSON. */
  public record Message(URI uri, JsonNode json, String text) {}
}
