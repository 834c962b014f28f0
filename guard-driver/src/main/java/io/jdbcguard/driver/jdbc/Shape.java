package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.jdbc.strategy.Execution;
import io.jdbcguard.rules.Verdict;

/**
 * One kind of JDBC result ({@code int}, {@code long}, {@code boolean}, a result set, batch counts):
 * how to run the caller's call as an {@link Execution} that says what it changed. The instances are
 * in {@link Shapes}.
 */
@FunctionalInterface
interface Shape<R> {

  /**
   * @param verdict the statement's verdict (null for a batch)
   * @param driverTotals true if the driver reports a batch's total through {@code getUpdateCount()}
   *     (MariaDB Connector/J with bulk statements)
   */
  Execution<R> of(Gate.Call<R> call, Results owner, Verdict verdict, boolean driverTotals);
}
