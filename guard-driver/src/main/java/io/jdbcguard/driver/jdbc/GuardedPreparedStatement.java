package io.jdbcguard.driver.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A prepared statement whose SQL was checked when it was prepared: its no-argument {@code execute*}
 * methods and {@code executeBatch} run that SQL and are not checked again. The SQL-taking methods
 * it inherits from {@code Statement} stay gated (JDBC says they throw on a prepared statement, but
 * a driver might run them).
 */
class GuardedPreparedStatement extends ForwardingPreparedStatement {

  GuardedPreparedStatement(GuardedConnection connection, PreparedStatement delegate) {
    super(connection, delegate);
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    return wrap(delegate().executeQuery());
  }
}
