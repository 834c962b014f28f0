package io.jdbcguard.driver;

import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.ServerVersion;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * What the rules learn from the real connection at connect time, without a query: the role the
 * session logged in as (PostgreSQL: the connection's user, which pgjdbc reports from the login;
 * {@code SET ROLE} back to it, as Flyway sends at the end of a session, widens nothing) and the
 * server's version (MySQL/MariaDB: whether {@code ADD COLUMN ... AFTER} is INSTANT), unless the
 * policy already names a version other than the dialect's default.
 */
final class SessionFacts {

  private SessionFacts() {}

  /** {@code policy} for this connection's session; the same policy when nothing is known. */
  static Policy of(Connection raw, Policy policy) {
    DatabaseMetaData meta;
    try {
      meta = raw.getMetaData();
    } catch (SQLException | RuntimeException e) {
      return policy;
    }
    if (meta == null) {
      return policy;
    }
    Dialect family = DatabaseFamily.of(raw, policy.dialect());
    Policy out = policy;
    if (family == Dialect.POSTGRES && policy.loginRole() == null) {
      String user = read(() -> meta.getUserName());
      if (user != null && !user.isEmpty()) {
        out = out.withLoginRole(user);
      }
    }
    if (family == Dialect.MYSQL && policy.serverVersion().equals(ServerVersion.defaultFor(policy.dialect()))) {
      String product = read(() -> meta.getDatabaseProductName());
      String version = read(() -> meta.getDatabaseProductVersion());
      if (version != null) {
        try {
          out = out.withServerVersion(ServerVersion.parse((product == null ? "" : product + " ") + version, Dialect.MYSQL));
        } catch (IllegalArgumentException unknown) {
          // keep the default: stricter
        }
      }
    }
    return out;
  }

  private interface Read {
    String get() throws SQLException;
  }

  private static String read(Read read) {
    try {
      return read.get();
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }
}
