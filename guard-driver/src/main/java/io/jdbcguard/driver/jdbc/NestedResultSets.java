package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.config.UnwrapPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Guards result sets that arrive as column or OUT-parameter values (a PostgreSQL {@code refcursor}
 * read with {@code getObject}): their {@code getStatement()} would otherwise lead to the raw
 * connection.
 */
final class NestedResultSets {

  private NestedResultSets() {}

  /** {@code value}, or a guarded wrapper if it is a result set. */
  static Object guard(GuardedConnection connection, GuardedStatement owner, Object value) {
    return value instanceof ResultSet
        ? new GuardedResultSet(connection, owner, (ResultSet) value)
        : value;
  }

  /**
   * {@code value} as {@code type}, guarded if it is a result set. A caller asking for a vendor
   * result set class gets the raw one only under {@code guard.unwrap=allow}.
   */
  static <T> T guard(GuardedConnection connection, GuardedStatement owner, Class<T> type, T value)
      throws SQLException {
    if (!(value instanceof ResultSet)) {
      return value;
    }
    Object guarded = new GuardedResultSet(connection, owner, (ResultSet) value);
    if (type.isInstance(guarded)) {
      return type.cast(guarded);
    }
    if (connection.unwrapPolicy() == UnwrapPolicy.ALLOW) {
      return value;
    }
    throw UnwrapPolicy.denied(value.getClass());
  }
}
