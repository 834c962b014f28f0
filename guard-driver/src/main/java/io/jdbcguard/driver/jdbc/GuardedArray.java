package io.jdbcguard.driver.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * An Array whose result sets are guarded (their {@code getStatement()} is the guarded statement the
 * array came from, or null for {@code createArrayOf}) and whose elements come back guarded when
 * they are JDBC objects themselves.
 */
final class GuardedArray extends ForwardingArray {

  private final GuardedConnection connection;
  private final GuardedStatement owner;

  GuardedArray(GuardedConnection connection, GuardedStatement owner, Array delegate) {
    super(delegate);
    this.connection = connection;
    this.owner = owner;
  }

  @Override
  public Object getArray() throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getArray());
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getArray(map));
  }

  @Override
  public Object getArray(long index, int count) throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getArray(index, count));
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, owner, delegate().getArray(index, count, map));
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return rows(delegate().getResultSet());
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    return rows(delegate().getResultSet(map));
  }

  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    return rows(delegate().getResultSet(index, count));
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
      throws SQLException {
    return rows(delegate().getResultSet(index, count, map));
  }

  private ResultSet rows(ResultSet raw) {
    return raw == null ? null : new GuardedResultSet(connection, owner, raw);
  }
}
