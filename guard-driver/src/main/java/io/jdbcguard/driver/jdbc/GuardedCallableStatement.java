package io.jdbcguard.driver.jdbc;

import java.sql.Array;
import java.sql.Blob;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.SQLXML;
import java.sql.SQLException;
import java.util.Map;

/**
 * A callable statement checked at {@code prepareCall} time (its executions run through the gate
 * like a prepared statement's). OUT parameters read with {@code getObject} that are result sets (a
 * PostgreSQL {@code refcursor}) and Array, Blob, Clob, NClob, SQLXML and Ref values come back
 * guarded ({@link JdbcValues}).
 */
final class GuardedCallableStatement extends ForwardingCallableStatement {

  GuardedCallableStatement(
      GuardedConnection connection, CallableStatement delegate, Entry prepared) {
    super(connection, delegate, prepared);
  }

  @Override
  public Object getObject(int parameterIndex) throws SQLException {
    return JdbcValues.guard(connection, this, delegate().getObject(parameterIndex));
  }

  @Override
  public Object getObject(String parameterName) throws SQLException {
    return JdbcValues.guard(connection, this, delegate().getObject(parameterName));
  }

  @Override
  public Object getObject(int parameterIndex, Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, this, delegate().getObject(parameterIndex, map));
  }

  @Override
  public Object getObject(String parameterName, Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, this, delegate().getObject(parameterName, map));
  }

  @Override
  public <T> T getObject(int parameterIndex, Class<T> type) throws SQLException {
    return JdbcValues.guard(
        connection, this, type, delegate().getObject(parameterIndex, type));
  }

  @Override
  public <T> T getObject(String parameterName, Class<T> type) throws SQLException {
    return JdbcValues.guard(
        connection, this, type, delegate().getObject(parameterName, type));
  }

  @Override
  public Array getArray(int parameterIndex) throws SQLException {
    return (Array) JdbcValues.guard(connection, this, delegate().getArray(parameterIndex));
  }

  @Override
  public Array getArray(String parameterName) throws SQLException {
    return (Array) JdbcValues.guard(connection, this, delegate().getArray(parameterName));
  }

  @Override
  public Blob getBlob(int parameterIndex) throws SQLException {
    return (Blob) JdbcValues.guard(connection, this, delegate().getBlob(parameterIndex));
  }

  @Override
  public Blob getBlob(String parameterName) throws SQLException {
    return (Blob) JdbcValues.guard(connection, this, delegate().getBlob(parameterName));
  }

  @Override
  public Clob getClob(int parameterIndex) throws SQLException {
    return (Clob) JdbcValues.guard(connection, this, delegate().getClob(parameterIndex));
  }

  @Override
  public Clob getClob(String parameterName) throws SQLException {
    return (Clob) JdbcValues.guard(connection, this, delegate().getClob(parameterName));
  }

  @Override
  public NClob getNClob(int parameterIndex) throws SQLException {
    return (NClob) JdbcValues.guard(connection, this, delegate().getNClob(parameterIndex));
  }

  @Override
  public NClob getNClob(String parameterName) throws SQLException {
    return (NClob) JdbcValues.guard(connection, this, delegate().getNClob(parameterName));
  }

  @Override
  public SQLXML getSQLXML(int parameterIndex) throws SQLException {
    return (SQLXML) JdbcValues.guard(connection, this, delegate().getSQLXML(parameterIndex));
  }

  @Override
  public SQLXML getSQLXML(String parameterName) throws SQLException {
    return (SQLXML) JdbcValues.guard(connection, this, delegate().getSQLXML(parameterName));
  }

  @Override
  public Ref getRef(int parameterIndex) throws SQLException {
    return (Ref) JdbcValues.guard(connection, this, delegate().getRef(parameterIndex));
  }

  @Override
  public Ref getRef(String parameterName) throws SQLException {
    return (Ref) JdbcValues.guard(connection, this, delegate().getRef(parameterName));
  }

  // Values bound back into the driver: its own objects, not the guarded wrappers.

  @Override
  public void setBlob(String parameterName, Blob x) throws SQLException {
    delegate().setBlob(parameterName, JdbcValues.raw(x));
  }

  @Override
  public void setClob(String parameterName, Clob x) throws SQLException {
    delegate().setClob(parameterName, JdbcValues.raw(x));
  }

  @Override
  public void setNClob(String parameterName, NClob x) throws SQLException {
    delegate().setNClob(parameterName, JdbcValues.raw(x));
  }

  @Override
  public void setSQLXML(String parameterName, SQLXML x) throws SQLException {
    delegate().setSQLXML(parameterName, JdbcValues.raw(x));
  }

  @Override
  public void setObject(String parameterName, Object x) throws SQLException {
    delegate().setObject(parameterName, JdbcValues.raw(x));
  }

  @Override
  public void setObject(String parameterName, Object x, int targetSqlType) throws SQLException {
    delegate().setObject(parameterName, JdbcValues.raw(x), targetSqlType);
  }

  @Override
  public void setObject(String parameterName, Object x, int targetSqlType, int scale)
      throws SQLException {
    delegate().setObject(parameterName, JdbcValues.raw(x), targetSqlType, scale);
  }
}
