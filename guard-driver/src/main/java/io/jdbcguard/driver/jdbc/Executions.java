package io.jdbcguard.driver.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * The {@link Execution} for each JDBC result shape: how to find out what the call changed.
 *
 * <ul>
 *   <li>{@code executeUpdate}/{@code executeLargeUpdate}: the count it returns.
 *   <li>{@code execute}: {@code getUpdateCount()} afterwards; if it returned a result set, its rows
 *       (read into memory) when each row is a changed row.
 *   <li>{@code executeQuery}: the rows of the result (read into memory), likewise.
 *   <li>{@code executeBatch}/{@code executeLargeBatch}: the counts it returns; {@code
 *       SUCCESS_NO_INFO} stays unknown unless the driver reports the batch's total.
 * </ul>
 */
final class Executions {

  static final String CTE_ROWS =
      "its result rows are not the rows it changed (a data-modifying WITH whose outer query returns"
          + " rows)";

  private Executions() {}

  static Execution<Integer> update(Gate.IntCall call) {
    return bound -> {
      int count = call.call();
      return new Measured<>(count, RowCount.of(count));
    };
  }

  static Execution<Long> largeUpdate(Gate.LongCall call) {
    return bound -> {
      long count = call.call();
      return new Measured<>(count, RowCount.of(count));
    };
  }

  /**
   * @param returned what the returned rows say about the changed rows ({@link RowBuffer#returned})
   */
  static Execution<ResultSet> query(
      Statement delegate, Gate.Call<ResultSet> call, RowBuffer.Returned returned) {
    return bound -> {
      ResultSet rows = call.call();
      if (bound == Execution.UNMEASURED || rows == null) {
        return new Measured<>(rows, RowCount.of(0));
      }
      RowBuffer.Copy copy = RowBuffer.copy(rows, bound);
      return new Measured<>(copy.rows(), counted(delegate, copy, bound, returned));
    };
  }

  static Execution<Boolean> execute(
      GuardedStatement owner, Gate.BooleanCall call, RowBuffer.Returned returned) {
    return bound -> {
      boolean isResultSet = call.call();
      Statement delegate = owner.delegate();
      if (!isResultSet) {
        return new Measured<>(false, RowCount.of(updateCount(delegate)));
      }
      if (bound == Execution.UNMEASURED) {
        return new Measured<>(true, RowCount.of(0));
      }
      ResultSet raw = delegate.getResultSet();
      RowBuffer.Copy copy = RowBuffer.copy(raw, bound);
      owner.replaceResultSet(raw, copy.rows());
      return new Measured<>(true, counted(delegate, copy, bound, returned));
    };
  }

  /**
   * @param driverTotals true if the driver reports a batch's total through {@code getUpdateCount()}
   *     when it returns {@code SUCCESS_NO_INFO} per statement (MariaDB Connector/J with bulk
   *     statements)
   */
  static Execution<int[]> batch(Statement delegate, Gate.Call<int[]> call, boolean driverTotals) {
    return new Execution<>() {
      @Override
      public Measured<int[]> run(long bound) throws SQLException {
        int[] counts = call.call();
        long[] wide = new long[counts == null ? 0 : counts.length];
        for (int i = 0; i < wide.length; i++) {
          wide[i] = counts[i];
        }
        return new Measured<>(counts, RowCount.ofBatch(wide, total(delegate, wide, driverTotals)));
      }

      @Override
      public boolean repeatable() {
        return false;
      }
    };
  }

  static Execution<long[]> largeBatch(
      Statement delegate, Gate.Call<long[]> call, boolean driverTotals) {
    return new Execution<>() {
      @Override
      public Measured<long[]> run(long bound) throws SQLException {
        long[] counts = call.call();
        long[] copy = counts == null ? new long[0] : counts.clone();
        return new Measured<>(counts, RowCount.ofBatch(copy, total(delegate, copy, driverTotals)));
      }

      @Override
      public boolean repeatable() {
        return false;
      }
    };
  }

  private static RowCount counted(
      Statement delegate, RowBuffer.Copy copy, long bound, RowBuffer.Returned returned)
      throws SQLException {
    if (returned == RowBuffer.Returned.NOTHING_CHANGED) {
      return RowCount.of(0);
    }
    if (returned == RowBuffer.Returned.UNKNOWN) {
      return RowCount.unknown(CTE_ROWS);
    }
    int maxRows = delegate.getMaxRows();
    if (maxRows > 0 && copy.count() >= maxRows) {
      return RowCount.unknown("setMaxRows(" + maxRows + ") cut the returned rows short");
    }
    return copy.count() >= bound ? RowCount.atLeast(copy.count()) : RowCount.of(copy.count());
  }

  private static long total(Statement delegate, long[] counts, boolean driverTotals)
      throws SQLException {
    if (!driverTotals || counts.length == 0) {
      return -1;
    }
    for (long count : counts) {
      if (count != Statement.SUCCESS_NO_INFO) {
        return -1;
      }
    }
    return updateCount(delegate);
  }

  /** {@code getLargeUpdateCount()}, or {@code getUpdateCount()} where the driver lacks it. */
  static long updateCount(Statement delegate) throws SQLException {
    try {
      return delegate.getLargeUpdateCount();
    } catch (UnsupportedOperationException | SQLFeatureNotSupportedException e) {
      return delegate.getUpdateCount();
    }
  }
}
