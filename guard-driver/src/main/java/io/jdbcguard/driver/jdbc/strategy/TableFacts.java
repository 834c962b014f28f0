package io.jdbcguard.driver.jdbc.strategy;

import java.util.List;
import java.util.Set;

/**
 * What the catalog says about one table, as far as the guard's write path needs it.
 *
 * @param table the table's name as the catalog gives it (for messages)
 * @param baseTable true for an ordinary table (not a view, foreign table, partitioned table or a
 *     table with inheritance children)
 * @param effects what else a write on it can change: user triggers, rules, and foreign keys of
 *     other tables that cascade or set null/default from it (empty if none)
 * @param cascades true if other tables' foreign keys cascade or set null/default from it
 * @param transactional false for storage that cannot roll back (MyISAM, Aria, MEMORY, CSV, ...)
 * @param engine the storage engine (MySQL/MariaDB), or null
 * @param keys the primary key and the unique keys whose columns are all NOT NULL (on MySQL/MariaDB
 *     only keys of integer columns, whose comparison with any value is numeric), each as its
 *     columns (lower case on MySQL/MariaDB)
 * @param loadedAt {@code System.nanoTime()} when it was read
 */
public record TableFacts(
    String table,
    boolean baseTable,
    List<String> effects,
    boolean cascades,
    boolean transactional,
    String engine,
    List<Set<String>> keys,
    long loadedAt) {

  /** True if a write on it changes only its own rows. */
  boolean contained() {
    return baseTable && effects.isEmpty();
  }

  /**
   * The most rows a WHERE pinning {@code pins} (column to number of values) can match, or -1 if it
   * pins no key completely.
   */
  long bound(java.util.Map<String, Long> pins) {
    long best = -1;
    for (Set<String> key : keys) {
      long rows = 1;
      for (String column : key) {
        Long values = pins.get(column);
        if (values == null) {
          rows = -1;
          break;
        }
        rows = Math.multiplyHigh(rows, values) != 0 ? Long.MAX_VALUE : rows * values;
      }
      if (rows >= 0 && (best < 0 || rows < best)) {
        best = rows;
      }
    }
    return best;
  }
}
