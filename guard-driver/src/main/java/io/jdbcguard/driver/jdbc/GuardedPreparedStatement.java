package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.jdbc.strategy.Entry;
import java.sql.PreparedStatement;
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
}
