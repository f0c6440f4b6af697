package com.salesflow.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Cold start of the packaged jar as its own process, from launch to {@code /actuator/health} UP,
 * and its resident memory (VmRSS) after an HTTP load. The jar runs with the JVM options the README
 * gives it, passed down from the build as {@code app.jvm-options}.
 */
final class StartupBenchmark {

  record Result(double startSeconds, double rssMegabytes, long loadErrors) {}

  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final Path jar;
  private final Path workDir;

  StartupBenchmark(Path jar, Path workDir) {
    this.jar = jar;
    this.workDir = workDir;
  }

  /** Starts the jar with the given arguments and environment, loads it, measures, stops it. */
  Result measure(List<String> arguments, Map<String, String> environment, int loadClients,
      Duration load) throws Exception {
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(command(arguments, port)).directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("salesflow-" + port + ".log").toFile());
    builder.environment().putAll(environment);
    long launched = System.nanoTime();
    Process process = builder.start();
    try {
      awaitHealthy(process, port);
      double startSeconds = (System.nanoTime() - launched) / 1e9;
      BenchPipeline.deploy(port);
      HttpLoadBenchmark.Result loaded = new HttpLoadBenchmark(port).run(loadClients, load,
          Duration.ZERO);
      return new Result(startSeconds, residentMegabytes(process.pid()), loaded.errors());
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  static Path packagedJar(Path target) throws IOException {
    try (var files = Files.list(target)) {
      return files.filter(file -> file.getFileName().toString().matches("salesflow-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no packaged jar in " + target + ": run mvn package first"));
    }
  }

  private List<String> command(List<String> arguments, int port) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java,
        "-Duser.timezone=Asia/Shanghai", "-jar", jar.toString(),
        "--server.port=" + port));
    command.addAll(arguments);
    command.addAll(1, jvmOptions());
    return command;
  }

  private static List<String> jvmOptions() {
    String options = System.getProperty("app.jvm-options", "").trim();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }

  private static void awaitHealthy(Process process, int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.send(health, BodyHandlers.ofString()).body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notListeningYet) {
        // The port opens late in start-up; until then the connection is refused.
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("Salesflow on port " + port + " did not become healthy");
  }

  private static double residentMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for process " + pid);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
