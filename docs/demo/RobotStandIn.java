import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;

/**
 * A WeCom (or DingTalk) group robot on this machine for demos: prints every message Salesflow
 * sends it and answers as the real robot does. Needs only a JDK:
 *
 * <pre>java docs/demo/RobotStandIn.java [port]</pre>
 *
 * The embedded default sends team east-1's WeCom notices to port 8099.
 */
public class RobotStandIn {

  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      System.out.println(LocalTime.now().withNano(0) + " " + exchange.getRequestURI() + "\n  " + body);
      byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    });
    server.start();
    System.out.println("Robot stand-in listening on http://127.0.0.1:" + port + "/");
  }
}
