package io.jdbcguard.driver.jdbc;

import io.jdbcguard.rules.StatementKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A result set whose {@code getStatement()} is the guarded statement that produced it (the same
 * instance every time), so no path leads from a result back to the raw connection; rows written
 * through it ({@code insertRow}, {@code updateRow}, {@code deleteRow}) go through the gate.
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
    return NestedResultSets.guard(connection, statement, delegate().getObject(columnIndex));
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    return NestedResultSets.guard(connection, statement, delegate().getObject(columnLabel));
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    return NestedResultSets.guard(connection, statement, delegate().getObject(columnIndex, map));
  }

  @Override
  public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return NestedResultSets.guard(connection, statement, delegate().getObject(columnLabel, map));
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    return NestedResultSets.guard(
        connection, statement, type, delegate().getObject(columnIndex, type));
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return NestedResultSets.guard(
        connection, statement, type, delegate().getObject(columnLabel, type));
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
