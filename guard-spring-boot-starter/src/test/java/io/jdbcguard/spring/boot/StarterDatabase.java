package io.jdbcguard.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the starter's tests use, from {@code JDBC_GUARD_PG_URL} / {@code _USER} / {@code
 * _PASSWORD} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user postgres). Unreachable:
 * fails under {@code CI=true}, otherwise skips with one line.
 */
final class StarterDatabase {

  static final String URL = env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = env("JDBC_GUARD_PG_USER", "postgres");
  static final String PASSWORD = env("JDBC_GUARD_PG_PASSWORD", "");

  private StarterDatabase() {}

  /** A fresh schema name, unique to one test class run. */
  static String newSchema(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** {@code URL} with {@code currentSchema}, plain or as a guard URL. */
  static String url(String schema, boolean guard) {
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return guard ? "jdbc:guard:" + url.substring("jdbc:".length()) : url;
  }

  static Connection raw() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  static void requireServer() {
    try (Connection c = raw()) {
      c.isValid(2);
    } catch (SQLException e) {
      String why = "PostgreSQL not reachable at " + URL + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why, e);
      }
      Assumptions.abort(why);
    }
  }

  static void createSchema(String schema) throws SQLException {
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
  }

  static void dropSchema(String schema) throws SQLException {
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  static long count(String schema, String sql) throws SQLException {
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + schema);
      try (var rs = s.executeQuery(sql)) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
