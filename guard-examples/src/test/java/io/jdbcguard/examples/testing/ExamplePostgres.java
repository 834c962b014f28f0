package io.jdbcguard.examples.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL the example ITs run against, found the way guard-driver's ITs find theirs: the
 * {@code JDBC_GUARD_PG_URL}, {@code JDBC_GUARD_PG_USER} and {@code JDBC_GUARD_PG_PASSWORD}
 * environment variables, with the local test server as default; if that is not reachable and
 * Docker is, a Testcontainers {@code postgres:15}. If neither: with {@code CI=true} the test fails
 * with a clear message, otherwise it is skipped with one.
 *
 * @param url the real driver's URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test}
 */
public record ExamplePostgres(String url, String user, String password) {

  private static ExamplePostgres found;

  /** The reachable server (looked up once per JVM), or a skip / a CI failure. */
  public static synchronized ExamplePostgres get() {
    if (found == null) {
      found = find();
    }
    return found;
  }

  /** The same URL through jdbc-guard: {@code jdbc:guard:postgresql://...}. */
  public String guardUrl() {
    return "jdbc:guard:" + url.substring("jdbc:".length());
  }

  /** A connection through the real driver only, outside the guard: set-up, checks, clean-up. */
  public Connection raw() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static ExamplePostgres find() {
    ExamplePostgres configured =
        new ExamplePostgres(
            env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
            env("JDBC_GUARD_PG_USER", "postgres"),
            env("JDBC_GUARD_PG_PASSWORD", ""));
    Properties info = new Properties();
    info.setProperty("user", configured.user());
    info.setProperty("password", configured.password());
    info.setProperty("connectTimeout", "5");
    try (Connection ignored = DriverManager.getConnection(configured.url(), info)) {
      return configured;
    } catch (SQLException unreachable) {
      if (dockerAvailable()) {
        PostgreSQLContainer<?> container =
            new PostgreSQLContainer<>("postgres:15").withDatabaseName("test");
        container.start(); // stopped by Testcontainers' reaper when the JVM exits
        return new ExamplePostgres(
            container.getJdbcUrl(), container.getUsername(), container.getPassword());
      }
      String message =
          "PostgreSQL is not reachable at "
              + configured.url()
              + " as "
              + configured.user()
              + " ("
              + unreachable.getMessage()
              + ") and Docker is not available for Testcontainers. Start the server or set the"
              + " JDBC_GUARD_PG_* variables.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true, so this is a failure: " + message, unreachable);
      }
      System.err.println("[jdbc-guard examples] SKIPPED: " + message);
      Assumptions.abort("Skipped: " + message);
      throw new AssertionError("unreachable");
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
