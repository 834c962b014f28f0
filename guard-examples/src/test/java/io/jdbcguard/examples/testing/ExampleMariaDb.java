package io.jdbcguard.examples.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The MariaDB the example ITs run against: {@code JDBC_GUARD_MARIADB_URL}, {@code
 * JDBC_GUARD_MARIADB_USER} and {@code JDBC_GUARD_MARIADB_PASSWORD}, with the local test server as
 * default. If it is not reachable: with {@code CI=true} the test fails with a clear message,
 * otherwise it is skipped with one.
 *
 * @param url the real driver's URL, e.g. {@code jdbc:mariadb://127.0.0.1:3306/test}
 */
public record ExampleMariaDb(String url, String user, String password) {

  private static ExampleMariaDb found;

  /** The reachable server (looked up once per JVM), or a skip / a CI failure. */
  public static synchronized ExampleMariaDb get() {
    if (found == null) {
      found = find();
    }
    return found;
  }

  /** The same server's URL for another database: {@code jdbc:mariadb://host:port/<database>}. */
  public String urlFor(String database) {
    int slash = url.indexOf('/', "jdbc:mariadb://".length());
    int query = url.indexOf('?');
    String tail = query < 0 ? "" : url.substring(query);
    return (slash < 0 ? url : url.substring(0, slash)) + "/" + database + tail;
  }

  /** A connection through the real driver only, outside the guard: set-up, checks, clean-up. */
  public Connection raw() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static ExampleMariaDb find() {
    ExampleMariaDb configured =
        new ExampleMariaDb(
            env("JDBC_GUARD_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
            env("JDBC_GUARD_MARIADB_USER", "root"),
            env("JDBC_GUARD_MARIADB_PASSWORD", ""));
    Properties info = new Properties();
    info.setProperty("user", configured.user());
    info.setProperty("password", configured.password());
    info.setProperty("connectTimeout", "5000");
    try (Connection ignored = DriverManager.getConnection(configured.url(), info)) {
      return configured;
    } catch (SQLException unreachable) {
      String message = "MariaDB is not reachable at " + configured.url() + " as " + configured.user()
          + " (" + unreachable.getMessage() + "). Start the server or set the JDBC_GUARD_MARIADB_*"
          + " variables.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true, so this is a failure: " + message, unreachable);
      }
      System.err.println("[jdbc-guard examples] SKIPPED: " + message);
      Assumptions.abort("Skipped: " + message);
      throw new AssertionError("unreachable");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
