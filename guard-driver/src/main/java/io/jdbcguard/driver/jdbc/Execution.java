package io.jdbcguard.driver.jdbc;

import java.sql.SQLException;

/**
 * One JDBC call the {@link WriteExecution} strategy can bracket: it runs the caller's real call and
 * says what it changed. Built by {@link Executions}, one shape per kind of JDBC result.
 */
interface Execution<R> {

  /** {@link #run}'s bound when nothing needs counting: result sets are passed on untouched. */
  long UNMEASURED = -1;

  /**
   * Runs the call.
   *
   * @param bound how many rows of a returned result set to read (into memory) to count them: {@link
   *     #UNMEASURED} to read none, {@code Long.MAX_VALUE} for all
   */
  Measured<R> run(long bound) throws SQLException;

  /** False for batches: JDBC empties the batch when it runs, so it cannot run a second time. */
  default boolean repeatable() {
    return true;
  }
}
