package io.jdbcguard.driver.jdbc.strategy;

import java.sql.Statement;

/**
 * What the database reported an execution changed: one count per statement (a batch has several),
 * or the reason it cannot be known.
 *
 * @param counts the update count of each statement; {@link Statement#SUCCESS_NO_INFO} where the
 *     driver did not say
 * @param driverTotal the batch's total as the driver reported it through {@code getUpdateCount()}
 *     when every count is {@link Statement#SUCCESS_NO_INFO} (MariaDB Connector/J does), else -1
 * @param unknown why the counts cannot be trusted, or null
 * @param atLeast true if reading stopped at the bound: the single count is a lower bound
 */
public record RowCount(long[] counts, long driverTotal, String unknown, boolean atLeast) {

  /** A data-modifying WITH whose outer query returns rows that are not the changed rows. */
  public static final String CTE_ROWS =
      "its result rows are not the rows it changed (a data-modifying WITH whose outer query returns"
          + " rows)";

  static final String NO_INFO = "the driver reported SUCCESS_NO_INFO instead of a row count";

  /** One statement's count; -1 (no count, e.g. DDL) is 0, {@code SUCCESS_NO_INFO} is unknown. */
  public static RowCount of(long count) {
    if (count == Statement.SUCCESS_NO_INFO) {
      return unknown(NO_INFO);
    }
    return new RowCount(new long[] {Math.max(count, 0)}, -1, null, false);
  }

  /** At least {@code count} rows: reading a returned result set stopped at its bound. */
  public static RowCount atLeast(long count) {
    return new RowCount(new long[] {count}, -1, null, true);
  }

  public static RowCount unknown(String why) {
    return new RowCount(new long[0], -1, why, false);
  }

  public static RowCount ofBatch(long[] counts, long driverTotal) {
    return new RowCount(counts == null ? new long[0] : counts, driverTotal, null, false);
  }
}
