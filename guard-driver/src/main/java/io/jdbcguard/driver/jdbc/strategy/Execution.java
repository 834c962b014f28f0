package io.jdbcguard.driver.jdbc.strategy;

import java.sql.SQLException;

/**
 * One JDBC call the {@link Strategy} can bracket: it runs the caller's real call and says what it
 * changed. Built by the driver's {@code Executions}, one shape per kind of JDBC result.
 */
public interface Execution<R> {

  /** {@link #run}'s bound when nothing needs counting: result sets are passed on untouched. */
  long UNMEASURED = -1;

  /**
   * Runs the call.
   *
   * @param bound how many rows of a returned result set to read (into memory) to count them: {@link
   *     #UNMEASURED} to read none, {@code Long.MAX_VALUE} for all
   */
  Outcome<R> run(long bound) throws SQLException;

  /** False for batches: JDBC empties the batch when it runs, so it cannot run a second time. */
  default boolean repeatable() {
    return true;
  }
}
