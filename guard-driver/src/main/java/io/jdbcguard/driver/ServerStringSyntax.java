package io.jdbcguard.driver;

import io.jdbcguard.driver.jdbc.DatabaseFamily;
import io.jdbcguard.rules.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Checks, once per new connection, that the server reads string literals the way the guard's lexer
 * does. The guard decides where a string or comment ends exactly as the server does, assuming the
 * servers' defaults: PostgreSQL with {@code standard_conforming_strings = on} (backslashes are text
 * in {@code '...'}), MySQL/MariaDB without {@code NO_BACKSLASH_ESCAPES} or {@code ANSI_QUOTES} in
 * {@code sql_mode}. A server configured otherwise would read {@code 'a\'; DROP TABLE t; --'} as
 * something else than the guard does, so the connection is refused with the reason instead of
 * guarding it wrongly. Changing these settings later in the session is the {@code quoting-change}
 * rule's.
 */
final class ServerStringSyntax {

  private ServerStringSyntax() {}

  /**
   * @throws SQLException (SQLState 22023) naming the setting and its value when the server's
   *     string syntax is not the one the dialect assumes
   */
  static void verify(Connection raw, Dialect dialect) throws SQLException {
    Dialect server = DatabaseFamily.of(raw, dialect);
    if (server != dialect) {
      return; // a generic dialect, or a server of another kind (H2 in PostgreSQL mode)
    }
    if (server == Dialect.POSTGRES) {
      String value = single(raw, "SHOW standard_conforming_strings");
      // every PostgreSQL answers; no answer means a stand-in that only claims to be one
      if (value != null && !"on".equalsIgnoreCase(value)) {
        throw refuse("standard_conforming_strings = " + value, "standard_conforming_strings = on");
      }
    } else if (server == Dialect.MYSQL) {
      String mode = single(raw, "SELECT @@SESSION.sql_mode");
      String upper = mode == null ? "" : mode.toUpperCase(Locale.ROOT);
      if (upper.contains("NO_BACKSLASH_ESCAPES") || upper.contains("ANSI_QUOTES")) {
        throw refuse("sql_mode = '" + mode + "'",
            "a sql_mode without NO_BACKSLASH_ESCAPES and ANSI_QUOTES (or ANSI)");
      }
    }
  }

  private static String single(Connection raw, String sql) throws SQLException {
    try (Statement s = raw.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static SQLException refuse(String found, String needed) {
    return new SQLException(
        "jdbc-guard: the server reads string literals differently from the guard ("
            + found
            + "), so statements could hide SQL inside what the guard takes for a string;"
            + " refusing to connect. Configure " + needed + " for this user or database.",
        SqlStates.INVALID_CONFIGURATION);
  }
}
