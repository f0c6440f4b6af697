package com.salesflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application started as a process of its own, as an operator starts it: in a JVM
 * time zone of the test's choosing, on a free port, with its output in {@code target/<name>/}.
 * A test uses it where a second application in the test's own JVM would share state with the
 * test's application (time zone, the webapps' static registries).
 */
public final class SalesflowJar implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private SalesflowJar(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the jar with {@code -Duser.timezone=timeZone} and {@code arguments}, and returns once
   * it is ready for requests: its start-up work (calendar, demo organisation) done, whatever its
   * health.
   */
  public static SalesflowJar start(String name, String timeZone, List<String> arguments)
      throws IOException {
    return start(name, timeZone, freePort(), arguments);
  }

  /** As {@link #start(String, String, List)}, on {@code port}: a restart answers where it was. */
  public static SalesflowJar start(String name, String timeZone, int port,
      List<String> arguments) throws IOException {
    Path work = Files.createDirectories(Path.of("target", name));
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
        "-Duser.timezone=" + timeZone, "-jar", applicationJar().toString(),
        "--server.port=" + port));
    command.addAll(arguments);
    Path log = work.resolve("salesflow.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    SalesflowJar jar = new SalesflowJar(process, port, log);
    jar.awaitReadiness(name);
    return jar;
  }

  public int port() {
    return port;
  }

  /** What the application has logged so far. */
  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** Ends the process as {@code kill -9} does, with no chance to finish what it was doing. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  private void awaitReadiness(String name) {
    ApiClient anonymous = ApiClient.anonymous(port);
    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
      assertThat(process.isAlive()).as(name + " died; see " + log).isTrue();
      try {
        return anonymous.get("/actuator/health/readiness").status() == 200;
      } catch (RuntimeException notYetListening) {
        return false;
      }
    });
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static Path applicationJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("salesflow-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no application jar; run mvn verify"));
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
