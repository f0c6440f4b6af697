package com.salesflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's own database, so that its thousands of deals and notices never reach the
 * database the other integration tests share: a fresh {@code <test database>_bench} schema when
 * the tests run on MySQL or MariaDB, a separate in-memory H2 database otherwise, with the H2
 * settings of the embedded default (application.yml).
 */
final class BenchmarkDatabase {

  private static final Pattern MYSQL_URL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

  private BenchmarkDatabase() {}

  static boolean onMysql() {
    return System.getProperty("spring.profiles.active", "").contains("mysql");
  }

  /** The benchmark's JDBC URL, dropping and recreating the MySQL schema first. */
  static String freshUrl() {
    if (!onMysql()) {
      return "jdbc:h2:mem:salesflow-bench;DB_CLOSE_DELAY=-1;QUERY_TIMEOUT=30000;QUERY_CACHE_SIZE=64";
    }
    Matcher url = MYSQL_URL.matcher(System.getProperty("SALESFLOW_DB_URL"));
    if (!url.matches()) {
      throw new IllegalStateException("not a MySQL URL: " + url);
    }
    String schema = url.group(2) + "_bench";
    recreate(url.group(1), schema);
    return url.group(1) + schema + url.group(3);
  }

  /** The MySQL URL of another fresh schema, for the packaged jar's cold start. */
  static String freshMysqlUrl(String suffix) {
    Matcher url = MYSQL_URL.matcher(System.getProperty("SALESFLOW_DB_URL"));
    url.matches();
    String schema = url.group(2) + "_" + suffix;
    recreate(url.group(1), schema);
    return url.group(1) + schema + url.group(3);
  }

  private static void recreate(String server, String schema) {
    try (Connection connection = DriverManager.getConnection(server,
        env("SALESFLOW_DB_USER", "root"), env("SALESFLOW_DB_PASSWORD", ""));
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + schema);
      statement.execute("create database " + schema + " character set utf8mb4");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot recreate schema " + schema, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
