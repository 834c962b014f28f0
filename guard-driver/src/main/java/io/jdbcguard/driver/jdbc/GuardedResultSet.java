package io.jdbcguard.driver.jdbc;

import io.jdbcguard.rules.StatementKind;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.SQLXML;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A result set whose {@code getStatement()} is the guarded statement that produced it (the same
 * instance every time), so no path leads from a result back to the raw connection; rows written
 * through it ({@code insertRow}, {@code updateRow}, {@code deleteRow}) go through the gate. Values
 * that are JDBC objects (Array, Blob, Clob, NClob, SQLXML, Ref, nested result sets) come back
 * guarded ({@link JdbcValues}).
 */
final class GuardedResultSet extends ForwardingResultSet {

  private final GuardedConnection connection;
  private final GuardedStatement statement;

  /**
   * @param statement the guarded statement that produced the rows, or null if there is none (a
   *     metadata result set of a driver that reports none)
   */
  GuardedResultSet(GuardedConnection connection, GuardedStatement statement, ResultSet delegate) {
    super(delegate);
    this.connection = connection;
    this.statement = statement;
  }

  @Override
  public Statement getStatement() {
    return statement;
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return JdbcValues.guard(connection, statement, delegate().getObject(columnIndex));
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    return JdbcValues.guard(connection, statement, delegate().getObject(columnLabel));
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, statement, delegate().getObject(columnIndex, map));
  }

  @Override
  public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return JdbcValues.guard(connection, statement, delegate().getObject(columnLabel, map));
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    return JdbcValues.guard(
        connection, statement, type, delegate().getObject(columnIndex, type));
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return JdbcValues.guard(
        connection, statement, type, delegate().getObject(columnLabel, type));
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    return (Array) JdbcValues.guard(connection, statement, delegate().getArray(columnIndex));
  }

  @Override
  public Array getArray(String columnLabel) throws SQLException {
    return (Array) JdbcValues.guard(connection, statement, delegate().getArray(columnLabel));
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    return (Blob) JdbcValues.guard(connection, statement, delegate().getBlob(columnIndex));
  }

  @Override
  public Blob getBlob(String columnLabel) throws SQLException {
    return (Blob) JdbcValues.guard(connection, statement, delegate().getBlob(columnLabel));
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    return (Clob) JdbcValues.guard(connection, statement, delegate().getClob(columnIndex));
  }

  @Override
  public Clob getClob(String columnLabel) throws SQLException {
    return (Clob) JdbcValues.guard(connection, statement, delegate().getClob(columnLabel));
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    return (NClob) JdbcValues.guard(connection, statement, delegate().getNClob(columnIndex));
  }

  @Override
  public NClob getNClob(String columnLabel) throws SQLException {
    return (NClob) JdbcValues.guard(connection, statement, delegate().getNClob(columnLabel));
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    return (SQLXML) JdbcValues.guard(connection, statement, delegate().getSQLXML(columnIndex));
  }

  @Override
  public SQLXML getSQLXML(String columnLabel) throws SQLException {
    return (SQLXML) JdbcValues.guard(connection, statement, delegate().getSQLXML(columnLabel));
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    return (Ref) JdbcValues.guard(connection, statement, delegate().getRef(columnIndex));
  }

  @Override
  public Ref getRef(String columnLabel) throws SQLException {
    return (Ref) JdbcValues.guard(connection, statement, delegate().getRef(columnLabel));
  }

  @Override
  public void insertRow() throws SQLException {
    connection.gate().rowWrite("insertRow", StatementKind.INSERT, delegate()::insertRow);
  }

  @Override
  public void updateRow() throws SQLException {
    connection.gate().rowWrite("updateRow", StatementKind.UPDATE, delegate()::updateRow);
  }

  @Override
  public void deleteRow() throws SQLException {
    connection.gate().rowWrite("deleteRow", StatementKind.DELETE, delegate()::deleteRow);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return connection.unwrapPolicy().unwrap(this, delegate(), iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return connection.unwrapPolicy().isWrapperFor(this, delegate(), iface);
  }
}
