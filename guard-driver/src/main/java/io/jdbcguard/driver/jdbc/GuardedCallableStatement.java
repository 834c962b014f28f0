package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.jdbc.strategy.Entry;
import java.sql.CallableStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * A callable statement checked at {@code prepareCall} time (its executions run through the gate
 * like a prepared statement's). OUT parameters read with {@code getObject} that are result sets (a
 * PostgreSQL {@code refcursor}) come back guarded.
 */
final class GuardedCallableStatement extends ForwardingCallableStatement {

  GuardedCallableStatement(
      GuardedConnection connection, CallableStatement delegate, Entry prepared) {
    super(connection, delegate, prepared);
  }

  @Override
  public Object getObject(int parameterIndex) throws SQLException {
    return NestedResultSets.guard(connection, this, delegate().getObject(parameterIndex));
  }

  @Override
  public Object getObject(String parameterName) throws SQLException {
    return NestedResultSets.guard(connection, this, delegate().getObject(parameterName));
  }

  @Override
  public Object getObject(int parameterIndex, Map<String, Class<?>> map) throws SQLException {
    return NestedResultSets.guard(connection, this, delegate().getObject(parameterIndex, map));
  }

  @Override
  public Object getObject(String parameterName, Map<String, Class<?>> map) throws SQLException {
    return NestedResultSets.guard(connection, this, delegate().getObject(parameterName, map));
  }

  @Override
  public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
    return NestedResultSets.guard(
        connection, this, type, delegate().getObject(parameterIndex, type));
  }

  @Override
  public <T> T getObject(String parameterName, Class<T> type) throws SQLException {
    return NestedResultSets.guard(
        connection, this, type, delegate().getObject(parameterName, type));
  }
}
