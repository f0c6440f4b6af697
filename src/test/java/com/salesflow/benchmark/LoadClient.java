package com.salesflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.testing.Deals;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One API client of the HTTP load: a rep's own connection, timing every request it sends and
 * pausing for about the think time after each answer.
 */
final class LoadClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "salesflow-bench-boundary";
  private static final int STAGES = 5;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String user;
  private final String authorization;
  private final Duration thinkTime;
  private final Latencies latencies;
  private final AtomicLong errors;

  LoadClient(int port, String user, Duration thinkTime, Latencies latencies, AtomicLong errors) {
    this.base = "http://127.0.0.1:" + port;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    this.thinkTime = thinkTime;
    this.latencies = latencies;
    this.errors = errors;
  }

  /** Opens a deal and takes it through every stage; returns the transitions that succeeded. */
  int workOneDeal() throws Exception {
    JsonNode deal = send("POST", "/api/opportunities", json(Map.of("customer",
        "负载客户-" + UUID.randomUUID().toString().substring(0, 8), "title", "负载商机",
        "amount", 1_200_000, "pipeline", BenchPipeline.KEY)));
    if (deal == null) {
      return 0;
    }
    String path = "/api/opportunities/" + deal.path("id").asText();
    send("PATCH", path + "/fields", json(Deals.INDUSTRIAL_STAGE_FIELDS));
    send("POST", path + "/attachments", letter());
    int advanced = 0;
    for (int stage = 0; stage < STAGES; stage++) {
      send("GET", path, null);
      send("GET", "/api/opportunities?owner=" + user + "&size=20", null);
      advanced += send("POST", path + "/advance", json(Map.of())) == null ? 0 : 1;
    }
    return advanced;
  }

  private JsonNode send(String method, String path, Body body) throws InterruptedException {
    JsonNode answer = timed(method, path, body);
    think(1.0);
    return answer;
  }

  /**
   * Pauses for about {@code share} of the think time: between half and one and a half of it, at
   * random, so that clients which started together do not stay in step and send in waves.
   */
  void think(double share) throws InterruptedException {
    if (!thinkTime.isZero()) {
      Thread.sleep(Math.round(thinkTime.toMillis() * share
          * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
    }
  }

  private JsonNode timed(String method, String path, Body body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
    if (body == null) {
      request.method(method, BodyPublishers.noBody());
    } else {
      request.header("Content-Type", body.type()).method(method, body.content());
    }
    long before = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
      latencies.add(System.nanoTime() - before);
      if (response.statusCode() / 100 != 2) {
        errors.incrementAndGet();
        return null;
      }
      return JSON.readTree(response.body());
    } catch (Exception e) {
      latencies.add(System.nanoTime() - before);
      errors.incrementAndGet();
      return null;
    }
  }

  private record Body(String type, BodyPublisher content) {}

  private static Body json(Object value) throws Exception {
    return new Body("application/json", BodyPublishers.ofByteArray(JSON.writeValueAsBytes(value)));
  }

  private static Body letter() {
    String multipart = "--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"kind\"\r\n\r\npurchase-intent-letter\r\n"
        + "--" + BOUNDARY + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 purchase-intent-letter\r\n"
        + "--" + BOUNDARY + "--\r\n";
    return new Body("multipart/form-data; boundary=" + BOUNDARY,
        BodyPublishers.ofString(multipart, StandardCharsets.UTF_8));
  }
}
