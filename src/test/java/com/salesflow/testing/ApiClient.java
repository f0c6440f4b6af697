package com.salesflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Talks to the running application over HTTP as one user, the way an integrator would, and
 * returns every answer (including errors) as status, headers and JSON body.
 */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RestClient http;

  public ApiClient(int port, String user, String password) {
    RestClient.Builder builder = RestClient.builder()
        .baseUrl("http://localhost:" + port)
        .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
        .defaultStatusHandler(status -> true, (request, response) -> { });
    if (user != null) {
      builder.defaultHeaders(headers -> headers.setBasicAuth(user, password));
    }
    this.http = builder.build();
  }

  /** A client for one of the demo users, whose password is {@code demo}. */
  public static ApiClient as(int port, String user) {
    return new ApiClient(port, user, "demo");
  }

  public static ApiClient anonymous(int port) {
    return new ApiClient(port, null, null);
  }

  public Reply get(String path) {
    return send(HttpMethod.GET, path, null, null);
  }

  public Reply post(String path, Object body) {
    return send(HttpMethod.POST, path, body, null);
  }

  /** A POST that states, with {@code If-Match}, the version of the resource it acts on. */
  public Reply post(String path, Object body, String ifMatch) {
    return send(HttpMethod.POST, path, body, ifMatch);
  }

  /** A POST sent with an {@code Idempotency-Key}, as a client that may retry it sends it. */
  public Reply postOnce(String path, Object body, String idempotencyKey) {
    return exchange(http.post().uri(path).header("Idempotency-Key", idempotencyKey)
        .contentType(MediaType.APPLICATION_JSON).body(body));
  }

  public Reply patch(String path, Object body, String ifMatch) {
    return send(HttpMethod.PATCH, path, body, ifMatch);
  }

  /** Any other method, such as PUT or DELETE; {@code body} may be null. */
  public Reply send(String method, String path, Object body) {
    return send(HttpMethod.valueOf(method), path, body, null);
  }

  /** Like {@link #send(String, String, Object)}, naming the version edited in {@code If-Match}. */
  public Reply send(String method, String path, Object body, String ifMatch) {
    return send(HttpMethod.valueOf(method), path, body, ifMatch);
  }

  /** Sends {@code rawBody} as it is, declared as JSON, to check how malformed input is answered. */
  public Reply postRaw(String path, String rawBody) {
    return exchange(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(rawBody));
  }

  public Reply upload(String path, String kind, String fileName, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (kind != null) {
      parts.add("kind", kind);
    }
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return exchange(http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
  }

  /** Posts a multipart form whose parts are text fields or named files ({@link #file}). */
  public Reply multipart(String path, Map<String, Object> parts) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    parts.forEach(body::add);
    return exchange(http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(body));
  }

  /** A file part for {@link #multipart}. */
  public static ByteArrayResource file(String fileName, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    };
  }

  public byte[] download(String path) {
    return http.get().uri(path).retrieve().body(byte[].class);
  }

  private Reply send(HttpMethod method, String path, Object body, String ifMatch) {
    RestClient.RequestBodySpec request = http.method(method).uri(path);
    if (ifMatch != null) {
      request.header(HttpHeaders.IF_MATCH, ifMatch);
    }
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return exchange(request);
  }

  private static Reply exchange(RestClient.RequestHeadersSpec<?> request) {
    return request.exchange((req, response) -> {
      byte[] bytes = response.getBody().readAllBytes();
      return new Reply(response.getStatusCode().value(), response.getHeaders(), parse(bytes));
    });
  }

  private static JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return JSON.missingNode();
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(new String(bytes));
    }
  }

  /** One HTTP answer. */
  public record Reply(int status, HttpHeaders headers, JsonNode body) {

    public String text(String field) {
      return body.path(field).asText();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
