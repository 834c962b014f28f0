package io.jdbcguard.driver;

import io.jdbcguard.driver.config.DatabaseTarget;
import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.driver.config.GuardProperty;
import io.jdbcguard.driver.config.Protection;
import io.jdbcguard.driver.config.SettingSources;
import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database of a freshly opened connection says it is, and the configuration that follows
 * from it: identity, not URL text.
 *
 * <ul>
 *   <li>The dialect follows the database ({@code DatabaseMetaData.getDatabaseProductName()}): an
 *       explicit {@code guard.dialect} that disagrees with a PostgreSQL or MySQL/MariaDB server
 *       is a configuration error; without one, the dialect inferred from the URL gives way to the
 *       server's. Other databases (H2 in a compatibility mode) keep the configured dialect.
 *   <li>{@code guard.protect} is matched again against the host and port as connected (the
 *       metadata URL), the current database as the server reports it ({@code current_database()},
 *       {@code DATABASE()}) and the current schema, so that a percent-encoded database name, a
 *       {@code PGDBNAME} property or a default database chosen by the server cannot hide a
 *       protected database.
 * </ul>
 */
final class ServerIdentity {

  /**
   * @param family the server's family, GENERIC when it is neither PostgreSQL nor MySQL/MariaDB
   * @param product the product name the driver reports
   * @param hosts the hosts (and host:port) as connected
   * @param database the current database (catalog) as the server reports it, or ""
   * @param schema the current schema, or ""
   */
  record Identity(Dialect family, String product, List<String> hosts, String database, String schema) {

    /** Why the database or schema is protected, or null. */
    String protectedBy(Protection protection) {
      String why = protection.matchFor(new DatabaseTarget(hosts, database));
      return why != null || schema.isEmpty()
          ? why
          : protection.matchFor(new DatabaseTarget(List.of(), schema));
    }

    DatabaseTarget target() {
      return new DatabaseTarget(hosts, database);
    }
  }

  private ServerIdentity() {}

  /** Asks the connection's metadata and the server. */
  static Identity of(Connection raw) throws SQLException {
    DatabaseMetaData meta = raw.getMetaData();
    String product = meta.getDatabaseProductName();
    Dialect family = DatabaseFamily.of(product == null ? "" : product);
    List<String> hosts = new ArrayList<>();
    String url = meta.getURL();
    if (url != null) {
      DatabaseTarget fromUrl = DatabaseTarget.parse(url);
      hosts.addAll(fromUrl.hosts());
      hosts.addAll(hostsWithPorts(url, fromUrl.hosts()));
    }
    String database;
    String schema;
    switch (family) {
      case POSTGRES:
        String[] pg = row(raw, "SELECT current_database(), current_schema()");
        database = pg[0];
        schema = pg[1];
        break;
      case MYSQL:
        database = row(raw, "SELECT DATABASE()")[0];
        schema = database;
        break;
      default:
        database = orEmpty(() -> raw.getCatalog());
        schema = orEmpty(() -> raw.getSchema());
        break;
    }
    return new Identity(family, product, hosts, lower(database), lower(schema));
  }

  /**
   * The configuration for this database: the dialect it speaks and, if {@code guard.protect}
   * matches what it reports (and the URL did not), the strictest settings.
   *
   * @param explicitDialect true when a human chose the dialect ({@code guard.dialect}, or the
   *     dialect a GuardDataSource was built with)
   * @throws SQLException (SQLState 22023) for a dialect that disagrees with the database, or a
   *     setting that would loosen the guard on a protected database
   */
  static GuardConfig reconcile(
      Identity identity,
      GuardConfig config,
      SettingSources sources,
      boolean explicitDialect)
      throws SQLException {
    Dialect dialect = config.policy().dialect();
    GuardConfig result = config;
    if (identity.family() != Dialect.GENERIC && identity.family() != dialect) {
      if (explicitDialect) {
        throw GuardProperty.configError(
            "guard.dialect="
                + dialect.id()
                + " does not match the database: the connection is to "
                + identity.product()
                + ", whose SQL the guard reads as "
                + identity.family().id()
                + " (a "
                + dialect.id()
                + " reading would take its strings and comments for something else). Remove"
                + " guard.dialect, so that the dialect follows the database, or set"
                + " guard.dialect="
                + identity.family().id()
                + ".");
      }
      dialect = identity.family();
      result = GuardConfig.resolve(sources, dialect, null);
    }
    if (!config.protection().isEmpty()
        && identity.protectedBy(config.protection()) != null) {
      result = GuardConfig.resolve(sources, dialect, identity.target());
      if (!result.protects(identity.target())) {
        // protected by its schema: resolve against the schema as the database
        result =
            GuardConfig.resolve(
                sources, dialect, new DatabaseTarget(List.of(), identity.schema()));
      }
    }
    return result;
  }

  private static List<String> hostsWithPorts(String url, List<String> hosts) {
    List<String> out = new ArrayList<>();
    String lower = url.toLowerCase(Locale.ROOT);
    for (String host : hosts) {
      int at = lower.indexOf(host + ":");
      if (at >= 0) {
        int start = at + host.length() + 1;
        int end = start;
        while (end < lower.length() && Character.isDigit(lower.charAt(end))) {
          end++;
        }
        if (end > start) {
          out.add(host + ":" + lower.substring(start, end));
        }
      }
    }
    return out;
  }

  private static String[] row(Connection raw, String sql) throws SQLException {
    try (Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      String[] out = new String[n];
      boolean found = rs.next();
      for (int i = 0; i < n; i++) {
        out[i] = found ? rs.getString(i + 1) : null;
      }
      return out;
    }
  }

  private interface Name {
    String get() throws SQLException;
  }

  private static String orEmpty(Name name) {
    try {
      String value = name.get();
      return value == null ? "" : value;
    } catch (SQLException | RuntimeException | AbstractMethodError e) {
      return "";
    }
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
