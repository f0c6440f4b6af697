package com.salesflow.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP proxy between the application and its database that a test cuts and restores. Cutting
 * closes every connection through it and refuses new ones, as a database that goes away does;
 * restoring accepts connections on the same port again. It can also cut by itself when the
 * application sends a given SQL text (MySQL's protocol carries it as UTF-8, H2's as UTF-16), to
 * break a transaction half-way: that statement never reaches the database.
 */
final class DatabaseProxy implements AutoCloseable {

  private final InetSocketAddress database;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "database-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private ServerSocket listener;
  private volatile List<byte[]> trigger = List.of();
  private volatile boolean triggered;

  private DatabaseProxy(InetSocketAddress database, ServerSocket listener) {
    this.database = database;
    this.listener = listener;
    this.port = listener.getLocalPort();
    accept(listener);
  }

  /** A proxy on a free loopback port to the database at {@code host:port}. */
  static DatabaseProxy to(String host, int port) throws IOException {
    return new DatabaseProxy(new InetSocketAddress(host, port), listen(0));
  }

  int port() {
    return port;
  }

  /** Closes every connection and refuses new ones until {@link #restore()}. */
  synchronized void cut() {
    closeQuietly(listener);
    sockets.forEach(DatabaseProxy::closeQuietly);
    sockets.clear();
  }

  /** Accepts connections again, on the same port. */
  synchronized void restore() throws IOException {
    if (listener.isClosed()) {
      listener = listen(port);
      accept(listener);
    }
  }

  /** Cuts as soon as the application sends {@code sql}, before it reaches the database. */
  void cutWhenSent(String sql) {
    triggered = false;
    trigger = List.of(sql.getBytes(StandardCharsets.UTF_8),
        sql.getBytes(StandardCharsets.UTF_16BE));
  }

  /** Whether the SQL given to {@link #cutWhenSent} came along and cut the connections. */
  boolean cutOnSql() {
    return triggered;
  }

  @Override
  public void close() {
    cut();
    threads.shutdownNow();
  }

  private static ServerSocket listen(int port) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress("127.0.0.1", port));
    return socket;
  }

  private void accept(ServerSocket server) {
    threads.execute(() -> {
      while (!server.isClosed()) {
        try {
          connect(server, server.accept());
        } catch (IOException closedByCut) {
          return;
        }
      }
    });
  }

  private synchronized void connect(ServerSocket server, Socket application) throws IOException {
    if (server != listener || server.isClosed()) {
      application.close();
      return;
    }
    Socket upstream;
    try {
      upstream = new Socket(database.getAddress(), database.getPort());
    } catch (IOException databaseDown) {
      application.close();
      return;
    }
    sockets.add(application);
    sockets.add(upstream);
    threads.execute(() -> pump(application, upstream, true));
    threads.execute(() -> pump(upstream, application, false));
  }

  private void pump(Socket from, Socket to, boolean fromApplication) {
    byte[] buffer = new byte[16384];
    byte[] recent = new byte[0];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        byte[] window = concat(recent, buffer, read);
        if (fromApplication && carriesTrigger(window)) {
          triggered = true;
          trigger = List.of();
          cut();
          return;
        }
        out.write(buffer, 0, read);
        out.flush();
        recent = Arrays.copyOfRange(window, Math.max(0, window.length - 256), window.length);
      }
    } catch (IOException closed) {
      // One side hung up or the proxy was cut; the other side is closed below.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private boolean carriesTrigger(byte[] window) {
    return trigger.stream().anyMatch(sql -> indexOf(window, sql) >= 0);
  }

  private static byte[] concat(byte[] head, byte[] buffer, int length) {
    byte[] joined = Arrays.copyOf(head, head.length + length);
    System.arraycopy(buffer, 0, joined, head.length, length);
    return joined;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyClosed) {
      // Nothing left to release.
    }
  }
}
