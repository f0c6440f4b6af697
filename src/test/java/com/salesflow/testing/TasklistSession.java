package com.salesflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.testing.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * A browser session of Camunda Tasklist without the browser: it logs in as the webapp does and
 * makes the REST calls Tasklist's pages make, with the session cookie and the CSRF token.
 */
public final class TasklistSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port + "/camunda";
  }

  public static TasklistSession logIn(int port, String user, String password) {
    TasklistSession session = new TasklistSession(port);
    Reply login = session.logIn("tasklist", user, password);
    if (login.status() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " failed: " + login);
    }
    // Logging in starts a new session, which gets its own CSRF token on the next page load.
    session.send(HttpRequest.newBuilder(URI.create(session.base + "/app/tasklist/default/")));
    return session;
  }

  /**
   * Logs in to one of the Camunda webapps ({@code tasklist}, {@code cockpit}, {@code admin}) as
   * its login page does, and answers the HTTP status: 200 when the user may use the webapp.
   */
  public static int logInStatus(int port, String app, String user, String password) {
    return new TasklistSession(port).logIn(app, user, password).status();
  }

  private Reply logIn(String app, String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")));
    return send(HttpRequest.newBuilder(
            URI.create(base + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
  }

  /** Submits a task's form as Tasklist does when the rep presses 完成. */
  public Reply submitForm(String taskId, Map<String, Object> values) {
    return send(HttpRequest.newBuilder(
            URI.create(base + "/api/engine/engine/default/task/" + taskId + "/submit-form"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(FormSubmission.of(values)))));
  }

  /** Starts a process with its start form, as Tasklist's "Start process" dialog does. */
  public Reply startProcess(String processKey, Map<String, Object> values) {
    return send(HttpRequest.newBuilder(URI.create(
            base + "/api/engine/engine/default/process-definition/key/" + processKey
                + "/submit-form"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(FormSubmission.of(values)))));
  }

  /** Reads from the engine API the webapps use, as Tasklist's pages do ({@code /filter?...}). */
  public Reply get(String enginePath) {
    return send(HttpRequest.newBuilder(
        URI.create(base + "/api/engine/engine/default" + enginePath)));
  }

  private Reply send(HttpRequest.Builder request) {
    csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), new HttpHeaders(), parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Optional<String> csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private static JsonNode parse(String body) {
    if (body.isBlank()) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
