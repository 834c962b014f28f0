package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/** PostgreSQL's {@code REINDEX} without {@code CONCURRENTLY}: blocks writes while it rebuilds. */
final class Reindex implements Rule {

  @Override
  public String id() {
    return "reindex";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "REINDEX") && s.indexOfWord("CONCURRENTLY", 1) < 0) {
      report.add(
          Keywords.head(s, 8),
          "REINDEX locks out writes to the table (and reads that use the index) until the rebuild"
              + " finishes.",
          "Use REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction block.");
    }
  }
}
