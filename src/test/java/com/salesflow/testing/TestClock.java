package com.salesflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient.Reply;
import java.time.Instant;
import java.util.Map;

/** Moves the engine clock through the administrators' API, as a process owner rehearsing would. */
public final class TestClock {

  private final ApiClient admin;

  public TestClock(int port) {
    this.admin = ApiClient.as(port, "demo");
  }

  public void set(String instant) {
    Reply reply = admin.send("PUT", "/api/admin/clock", Map.of("now", Instant.parse(instant).toString()));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  public void reset() {
    Reply reply = admin.send("DELETE", "/api/admin/clock", null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }
}
