package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.rules.StatementKind;
import io.jdbcguard.rules.Verdict;

/**
 * One checked SQL string on its way to the database: the text (for messages), the engine's verdict
 * and how it runs. A prepared statement keeps its entry from prepare time; a batch holds one per
 * {@code addBatch} ({@code repeat} counts consecutive adds of the same prepared entry).
 *
 * @param sql the SQL text as the caller wrote it
 * @param verdict the engine's decision (action allow, warn or dry-run)
 * @param route how it runs
 * @param explainable true if the text can be prefixed with EXPLAIN as it is (no bind parameters)
 * @param repeat how many statements of a batch this entry stands for (1 outside batches)
 * @param transactionControl true for transaction control (COMMIT, ROLLBACK, SAVEPOINT, ...)
 *     anywhere in the string: the caller is about to cross a transaction boundary
 * @param text what the text says about the write's effect ({@link WriteText#UNKNOWN} if not read)
 */
public record Entry(
    String sql,
    Verdict verdict,
    Route route,
    boolean explainable,
    int repeat,
    boolean transactionControl,
    WriteText text) {

  public static Entry of(String sql, Verdict verdict, Route route, boolean explainable) {
    return of(sql, verdict, route, explainable, WriteText.UNKNOWN);
  }

  public static Entry of(
      String sql, Verdict verdict, Route route, boolean explainable, WriteText text) {
    return new Entry(
        sql,
        verdict,
        route,
        explainable,
        1,
        verdict.kinds().contains(StatementKind.TRANSACTION),
        text);
  }

  /** The same entry standing for one statement. */
  public Entry once() {
    return repeat == 1 ? this : times(1);
  }

  /** The same entry standing for one more batched statement. */
  public Entry repeated() {
    return times(repeat + 1);
  }

  /** The same entry standing for {@code n} batched statements. */
  public Entry times(int n) {
    return new Entry(sql, verdict, route, explainable, n, transactionControl, text);
  }
}
