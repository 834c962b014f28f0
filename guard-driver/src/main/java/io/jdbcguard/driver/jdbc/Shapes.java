package io.jdbcguard.driver.jdbc;

import io.jdbcguard.driver.jdbc.strategy.Execution;
import io.jdbcguard.driver.jdbc.strategy.Outcome;
import io.jdbcguard.driver.jdbc.strategy.RowCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;

/**
 * The {@link Shape} of each JDBC result: how to find out what the call changed.
 *
 * <ul>
 *   <li>{@code executeUpdate}/{@code executeLargeUpdate}: the count it returns.
 *   <li>{@code execute}: {@code getUpdateCount()} afterwards; if it returned a result set, its rows
 *       (read into memory) when each row is a changed row.
 *   <li>{@code executeQuery}: the rows of the result (read into memory), likewise.
 *   <li>{@code executeBatch}/{@code executeLargeBatch}: the counts it returns; {@code
 *       SUCCESS_NO_INFO} stays unknown unless the driver reports the batch's total.
 *   <li>{@code addBatch}: nothing runs yet.
 * </ul>
 */
final class Shapes {

  private Shapes() {}

  static final Shape<Integer> UPDATE =
      (call, owner, verdict, totals) ->
          bound -> {
            int count = call.call();
            return new Outcome<>(count, RowCount.of(count));
          };

  static final Shape<Long> LARGE_UPDATE =
      (call, owner, verdict, totals) ->
          bound -> {
            long count = call.call();
            return new Outcome<>(count, RowCount.of(count));
          };

  static final Shape<ResultSet> QUERY =
      (call, owner, verdict, totals) -> {
        RowBuffer.Returned returned = RowBuffer.returned(verdict);
        return bound -> {
          ResultSet rows = call.call();
          if (bound == Execution.UNMEASURED || rows == null) {
            return new Outcome<>(rows, RowCount.of(0));
          }
          RowBuffer.Copy copy = RowBuffer.copy(rows, bound);
          return new Outcome<>(copy.rows(), counted(owner.raw(), copy, bound, returned));
        };
      };

  static final Shape<Boolean> EXECUTE =
      (call, owner, verdict, totals) -> {
        RowBuffer.Returned returned = RowBuffer.returned(verdict);
        return bound -> {
          boolean isResultSet = call.call();
          Statement delegate = owner.raw();
          if (!isResultSet) {
            return new Outcome<>(false, RowCount.of(updateCount(delegate)));
          }
          if (bound == Execution.UNMEASURED) {
            return new Outcome<>(true, RowCount.of(0));
          }
          ResultSet raw = delegate.getResultSet();
          RowBuffer.Copy copy = RowBuffer.copy(raw, bound);
          owner.replaceResultSet(raw, copy.rows());
          return new Outcome<>(true, counted(delegate, copy, bound, returned));
        };
      };

  static final Shape<int[]> BATCH =
      (call, owner, verdict, totals) ->
          new Execution<>() {
            @Override
            public Outcome<int[]> run(long bound) throws SQLException {
              int[] counts = call.call();
              long[] wide = new long[counts == null ? 0 : counts.length];
              for (int i = 0; i < wide.length; i++) {
                wide[i] = counts[i];
              }
              return new Outcome<>(
                  counts, RowCount.ofBatch(wide, total(owner.raw(), wide, totals)));
            }

            @Override
            public boolean repeatable() {
              return false;
            }
          };

  static final Shape<long[]> LARGE_BATCH =
      (call, owner, verdict, totals) ->
          new Execution<>() {
            @Override
            public Outcome<long[]> run(long bound) throws SQLException {
              long[] counts = call.call();
              long[] copy = counts == null ? new long[0] : counts.clone();
              return new Outcome<>(
                  counts, RowCount.ofBatch(copy, total(owner.raw(), copy, totals)));
            }

            @Override
            public boolean repeatable() {
              return false;
            }
          };

  private static RowCount counted(
      Statement delegate, RowBuffer.Copy copy, long bound, RowBuffer.Returned returned)
      throws SQLException {
    if (returned == RowBuffer.Returned.NOTHING_CHANGED) {
      return RowCount.of(0);
    }
    if (returned == RowBuffer.Returned.UNKNOWN) {
      return RowCount.unknown(RowCount.CTE_ROWS);
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
