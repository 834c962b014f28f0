package io.jdbcguard.driver.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MariaDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds the test databases. Each comes from environment variables with local defaults ({@code
 * JDBC_GUARD_PG_URL}, {@code JDBC_GUARD_PG_USER}, {@code JDBC_GUARD_PG_PASSWORD}; {@code
 * JDBC_GUARD_MARIADB_URL}, ...). If that server is not reachable and Docker is, a Testcontainers
 * container is started instead. If neither: with {@code CI=true} the test fails with a clear
 * message, otherwise it is skipped (a JUnit assumption) with one.
 */
public final class TestDatabases {

  /** A reachable database and how to connect to it, raw and guarded. */
  public record Database(String name, String url, String user, String password) {

    /**
     * The same URL for jdbc-guard: {@code jdbc:postgresql:...} becomes {@code
     * jdbc:guard:postgresql:...}.
     */
    public String guardUrl() {
      return "jdbc:guard:" + url.substring("jdbc:".length());
    }

    /** A connection through the real driver only: for set-up, clean-up and row counts. */
    public Connection raw() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** A connection through jdbc-guard, without a pool. */
    public Connection guarded() throws SQLException {
      return DriverManager.getConnection(guardUrl(), user, password);
    }

    /** A HikariCP pool configured only with the guard URL and the credentials. */
    public HikariDataSource guardedPool(String poolName, int size) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(guardUrl());
      config.setUsername(user);
      config.setPassword(password);
      config.setPoolName(poolName);
      config.setMaximumPoolSize(size);
      return new HikariDataSource(config);
    }
  }

  private static final Map<String, Database> FOUND = new ConcurrentHashMap<>();

  private TestDatabases() {}

  public static Database postgres() {
    return FOUND.computeIfAbsent(
        "PostgreSQL",
        name ->
            find(
                name,
                env("JDBC_GUARD_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("JDBC_GUARD_PG_USER", "postgres"),
                env("JDBC_GUARD_PG_PASSWORD", ""),
                () -> new PostgreSQLContainer<>("postgres:15").withDatabaseName("test")));
  }

  public static Database mariadb() {
    return FOUND.computeIfAbsent(
        "MariaDB",
        name ->
            find(
                name,
                env("JDBC_GUARD_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                env("JDBC_GUARD_MARIADB_USER", "root"),
                env("JDBC_GUARD_MARIADB_PASSWORD", ""),
                () -> new MariaDBContainer<>("mariadb:10.11").withDatabaseName("test")));
  }

  private static Database find(
      String name,
      String url,
      String user,
      String password,
      Supplier<JdbcDatabaseContainer<?>> container) {
    Database configured = new Database(name, url, user, password);
    SQLException failure = reach(configured);
    if (failure == null) {
      return configured;
    }
    if (dockerAvailable()) {
      JdbcDatabaseContainer<?> started = container.get();
      started.start(); // stopped by Testcontainers' reaper when the JVM exits
      return new Database(name, started.getJdbcUrl(), started.getUsername(), started.getPassword());
    }
    String message =
        name
            + " is not reachable at "
            + url
            + " as "
            + user
            + " ("
            + failure.getMessage()
            + ") and Docker is not available for Testcontainers. Start the server or set the"
            + " JDBC_GUARD_* variables.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true, so this is a failure: " + message, failure);
    }
    System.err.println("[jdbc-guard tests] SKIPPED: " + message); // reports hide class-level skips
    Assumptions.abort("Skipped: " + message);
    throw new AssertionError("unreachable");
  }

  private static SQLException reach(Database database) {
    Properties info = new Properties();
    info.setProperty("user", database.user());
    info.setProperty("password", database.password());
    info.setProperty(
        "connectTimeout", database.url().startsWith("jdbc:postgresql:") ? "5" : "5000");
    try (Connection ignored = DriverManager.getConnection(database.url(), info)) {
      return null;
    } catch (SQLException e) {
      return e;
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
