package io.jdbcguard.driver.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/** Passes every {@link Array} method to the delegate; the overrides live in {@link GuardedArray}. */
abstract class ForwardingArray implements Array {

  private final Array delegate;

  ForwardingArray(Array delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  Array delegate() {
    return delegate;
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    return delegate.getBaseTypeName();
  }

  @Override
  public int getBaseType() throws SQLException {
    return delegate.getBaseType();
  }

  @Override
  public Object getArray() throws SQLException {
    return delegate.getArray();
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    return delegate.getArray(map);
  }

  @Override
  public Object getArray(long index, int count) throws SQLException {
    return delegate.getArray(index, count);
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return delegate.getArray(index, count, map);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return delegate.getResultSet();
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    return delegate.getResultSet(map);
  }

  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    return delegate.getResultSet(index, count);
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map)
      throws SQLException {
    return delegate.getResultSet(index, count, map);
  }

  @Override
  public void free() throws SQLException {
    delegate.free();
  }

  /** The driver's text form: pgjdbc binds a foreign Array by it. */
  @Override
  public String toString() {
    return delegate.toString();
  }
}
