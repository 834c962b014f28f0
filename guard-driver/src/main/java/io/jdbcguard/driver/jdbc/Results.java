package io.jdbcguard.driver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The little a {@link Shape} needs from the statement that makes a call: the driver's statement
 * (for update counts and the current result set), a way to put a buffered copy in place of a result
 * set the guard read to count its rows, and a way to empty a refused batch. Implemented by {@link
 * GuardedStatement}; the gate and the strategies never see the statement itself.
 */
interface Results {

  /** The real driver's statement. */
  Statement raw();

  /**
   * From now on {@code getResultSet()} answers {@code copy} while the driver's current result is
   * {@code raw}.
   */
  void replaceResultSet(ResultSet raw, ResultSet copy);

  /**
   * Empties the driver's batch: the guard has forgotten its entries, so they must not run later.
   */
  void discardBatch() throws SQLException;
}
