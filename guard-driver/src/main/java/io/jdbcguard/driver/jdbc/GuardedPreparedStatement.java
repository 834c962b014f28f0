package io.jdbcguard.driver.jdbc;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import io.jdbcguard.driver.jdbc.strategy.Entry;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.SQLXML;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A prepared statement whose SQL was checked when it was prepared: it keeps that {@link Entry} (the
 * verdict and how it runs), and its no-argument {@code execute*} methods and {@code executeBatch}
 * run through the {@link Gate} with it, without asking the engine again. An UPDATE, DELETE or MERGE
 * is thus measured against the row limit at every execution, and dry runs and sandbox mode apply.
 * The SQL-taking methods it inherits from {@code Statement} stay gated (JDBC says they throw on a
 * prepared statement, but a driver might run them).
 */
class GuardedPreparedStatement extends ForwardingPreparedStatement {

  /** The SQL, verdict and route decided at prepare time. */
  final Entry prepared;

  GuardedPreparedStatement(
      GuardedConnection connection, PreparedStatement delegate, Entry prepared) {
    super(connection, delegate);
    this.prepared = prepared;
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return wrap(gate.run(prepared, Shapes.QUERY, this, () -> delegate().executeQuery()));
  }

  @Override
  public int executeUpdate() throws SQLException {
    return gate.run(prepared, Shapes.UPDATE, this, () -> delegate().executeUpdate());
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    return gate.run(prepared, Shapes.LARGE_UPDATE, this, () -> delegate().executeLargeUpdate());
  }

  @Override
  public boolean execute() throws SQLException {
    return gate.run(prepared, Shapes.EXECUTE, this, () -> delegate().execute());
  }

  @Override
  public void addBatch() throws SQLException {
    gate.add(prepared, batch(), () -> delegate().addBatch());
  }

  // Values bound back into the driver: its own objects, not the guarded wrappers (pgjdbc binds a
  // foreign Array by its text only).

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    delegate().setArray(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    delegate().setBlob(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    delegate().setClob(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setNClob(int parameterIndex, NClob x) throws SQLException {
    delegate().setNClob(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML x) throws SQLException {
    delegate().setSQLXML(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    delegate().setRef(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    delegate().setObject(parameterIndex, JdbcValues.raw(x));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    delegate().setObject(parameterIndex, JdbcValues.raw(x), targetSqlType);
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
      throws SQLException {
    delegate().setObject(parameterIndex, JdbcValues.raw(x), targetSqlType, scaleOrLength);
  }
}
