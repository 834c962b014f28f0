package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;

/**
 * {@code CREATE INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX ...
 * CONCURRENTLY} or {@code DETACH PARTITION ... CONCURRENTLY} after a {@code BEGIN} / {@code START
 * TRANSACTION} that the script has not ended: PostgreSQL refuses them inside a transaction block,
 * so the migration fails half-way.
 */
final class ConcurrentlyInTransaction extends MigrationRule {

  @Override
  public String id() {
    return "concurrently-in-transaction";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (!s.script().transactionOpen() || !isConcurrent(s)) {
      return;
    }
    report.add(
        Keywords.head(s, 10),
        "CONCURRENTLY cannot run inside a transaction block, and an earlier BEGIN / START"
            + " TRANSACTION in this script is still open: PostgreSQL rejects the statement and the"
            + " migration stops half-way.",
        "COMMIT before it, or move it to its own migration that runs outside a transaction (most"
            + " migration tools have a per-migration switch for that).");
  }

  static boolean isConcurrent(StatementContext s) {
    if (Ddl.isCreateIndex(s)) {
      return s.isWord(Ddl.afterIndexWord(s), "CONCURRENTLY");
    }
    if (Keywords.startsWith(s, "DROP", "INDEX")) {
      return s.isWord(2, "CONCURRENTLY");
    }
    if (Keywords.startsWith(s, "REINDEX")) {
      return s.indexOfWord("CONCURRENTLY", 1) > 0;
    }
    for (int[] a : Keywords.alterTableActions(s)) {
      if (s.isWord(a[0], "DETACH") && Ddl.hasWords(s, a[0], a[1], "CONCURRENTLY")) {
        return true;
      }
    }
    return false;
  }
}
