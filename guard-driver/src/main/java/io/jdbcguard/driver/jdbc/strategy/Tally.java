package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;
import java.sql.Statement;
import java.util.List;

/**
 * The rows an execution changed, counted against the limit: all statements of a dry run, only
 * UPDATE, DELETE and MERGE otherwise (the kinds of {@code WritePolicy.LIMITED_KINDS}).
 *
 * @param total the counted rows of every statement together
 * @param largest the most rows one statement changed (-1 if only the total is known)
 * @param largestAt the 1-based position of that statement in a batch (0 outside batches)
 * @param unknown why the rows cannot be counted, or null
 * @param atLeast true if {@code total} is a lower bound (reading stopped past the limit)
 * @param tables where the rows were counted from the database's statistics, the rows per table
 *     ({@code public.child 5000, public.parent 1}); else null
 */
record Tally(
    long total, long largest, int largestAt, String unknown, boolean atLeast, String tables) {

  Tally(long total, long largest, int largestAt, String unknown, boolean atLeast) {
    this(total, largest, largestAt, unknown, atLeast, null);
  }

  /** Every row the call changed, counted from the database's statistics. */
  static Tally ofEffects(long total, String tables) {
    return new Tally(total, -1, 0, null, false, tables);
  }

  static final String COUNT_MISMATCH = "the driver returned a different number of counts";

  static Tally unknown(String why) {
    return new Tally(-1, -1, 0, why, false);
  }

  /** True when the rows are known and within {@code limit} (0: no limit). */
  boolean within(long limit) {
    return unknown == null && (limit <= 0 || total <= limit);
  }

  /**
   * @param all count every statement (a dry run); otherwise only UPDATE, DELETE and MERGE
   */
  static Tally of(RowCount rows, List<Entry> entries, boolean all) {
    if (!all && !anyLimited(entries)) {
      return new Tally(0, 0, 0, null, false);
    }
    if (rows.unknown() != null) {
      return unknown(rows.unknown());
    }
    long[] counts = rows.counts();
    int statements = 0;
    for (Entry e : entries) {
      statements += e.repeat();
    }
    if (counts.length != statements) {
      return unknown(COUNT_MISMATCH);
    }
    if (rows.driverTotal() >= 0) {
      return new Tally(rows.driverTotal(), -1, 0, null, false);
    }
    long total = 0;
    long largest = -1;
    int largestAt = 0;
    int i = 0;
    for (Entry e : entries) {
      boolean counted = all || limited(e.verdict());
      for (int r = 0; r < e.repeat(); r++, i++) {
        long count = counts[i];
        if (!counted || count == Statement.EXECUTE_FAILED) {
          continue;
        }
        if (count == Statement.SUCCESS_NO_INFO) {
          return unknown(RowCount.NO_INFO);
        }
        total += Math.max(count, 0);
        if (count > largest) {
          largest = count;
          largestAt = statements > 1 ? i + 1 : 0;
        }
      }
    }
    return new Tally(total, largest, largestAt, null, rows.atLeast());
  }

  private static boolean anyLimited(List<Entry> entries) {
    for (Entry e : entries) {
      if (limited(e.verdict())) {
        return true;
      }
    }
    return false;
  }

  /** True if any statement of the verdict is an UPDATE, DELETE or MERGE. */
  static boolean limited(Verdict verdict) {
    for (StatementKind kind : verdict.kinds()) {
      if (kind == StatementKind.UPDATE
          || kind == StatementKind.DELETE
          || kind == StatementKind.MERGE) {
        return true;
      }
    }
    return false;
  }
}
