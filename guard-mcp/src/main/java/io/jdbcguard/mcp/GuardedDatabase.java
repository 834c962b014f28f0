package io.jdbcguard.mcp;

import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The server's connections, all through {@code jdbc:guard:}: the main one (the configured
 * settings, approvals on) and, for {@code dry_run}, one in sandbox mode whose row limit only
 * warns (so a rehearsal reports the rows instead of stopping) and which never uses approvals.
 * Both are opened on first use and reopened when the database dropped them. One tool call at a
 * time uses them.
 */
final class GuardedDatabase implements AutoCloseable {

  private final ServerOptions options;
  private final Supplier<Map<String, String>> env;
  private Connection main;
  private Connection dryRun;

  /** True when the dry-run connection could not loosen the row limit (a protected database). */
  private boolean dryRunLimited;

  GuardedDatabase(ServerOptions options, Supplier<Map<String, String>> env) {
    this.options = options;
    this.env = env;
  }

  ServerOptions options() {
    return options;
  }

  synchronized Connection main() throws SQLException {
    if (main == null || !alive(main)) {
      closeQuietly(main);
      main = open(options.guardSettings());
    }
    return main;
  }

  synchronized Connection dryRun() throws SQLException {
    if (dryRun == null || !alive(dryRun)) {
      closeQuietly(dryRun);
      Map<String, String> settings = new java.util.LinkedHashMap<>(options.guardSettings());
      settings.put("guard.mode", "sandbox");
      settings.put("guard.approvals", "off");
      settings.put("guard.rule.row-limit", "warn");
      try {
        dryRun = open(settings);
        dryRunLimited = false;
      } catch (SQLException e) {
        if (!"22023".equals(e.getSQLState())) {
          throw e;
        }
        settings.remove("guard.rule.row-limit"); // guard.protect refuses loosening the limit
        dryRun = open(settings);
        dryRunLimited = true;
      }
    }
    return dryRun;
  }

  synchronized boolean dryRunLimited() {
    return dryRunLimited;
  }

  /** The family of the real database (postgres, mysql or generic). */
  Dialect family() throws SQLException {
    return DatabaseFamily.of(main().getMetaData().getDatabaseProductName());
  }

  private Connection open(Map<String, String> settings) throws SQLException {
    Properties props = new Properties();
    if (options.user() != null) {
      props.setProperty("user", options.user());
    }
    if (options.passwordEnv() != null) {
      String password = env.get().get(options.passwordEnv());
      if (password != null) {
        props.setProperty("password", password);
      }
    }
    props.putAll(settings);
    String url = "jdbc:guard:" + options.realUrl().substring("jdbc:".length());
    Connection c = DriverManager.getConnection(url, props);
    c.setAutoCommit(true);
    return c;
  }

  private static boolean alive(Connection c) {
    try {
      return !c.isClosed() && c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // already gone
      }
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(main);
    closeQuietly(dryRun);
    main = null;
    dryRun = null;
  }
}
