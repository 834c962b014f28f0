package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;

/**
 * PostgreSQL {@code CREATE INDEX} / {@code DROP INDEX} without {@code CONCURRENTLY} on a table the
 * script did not create; MySQL index changes that ask for a blocking lock ({@code LOCK=SHARED /
 * EXCLUSIVE}; {@code ALGORITHM=COPY} is {@code alter-with-copy}'s). MySQL's default for index changes is already
 * online, so a plain MySQL {@code CREATE INDEX} is allowed.
 */
final class IndexWithoutConcurrently extends MigrationRule {

  @Override
  public String id() {
    return "index-without-concurrently";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.dialect() == Dialect.MYSQL) {
      checkMysql(s, report);
    } else if (s.dialect() == Dialect.POSTGRES) {
      checkPostgres(s, report);
    }
  }

  private static void checkPostgres(StatementContext s, Report report) {
    if (Ddl.isCreateIndex(s)) {
      int on = Ddl.topLevelWord(s, "ON", 2, s.size());
      String table = Ddl.indexedTable(s);
      if (s.isWord(Ddl.afterIndexWord(s), "CONCURRENTLY") || s.isWord(on + 1, "ONLY")
          || s.script().isNewTable(table)) {
        return; // ON ONLY (a partitioned parent) builds nothing; a new table has no users yet
      }
      report.add(
          Keywords.head(s, 12),
          "CREATE INDEX without CONCURRENTLY blocks every INSERT, UPDATE and DELETE on " + table
              + " until the whole index is built; on a big table that is an outage.",
          "Write CREATE INDEX CONCURRENTLY ... ON " + table + " (...) in a migration that runs"
              + " outside a transaction block (if it fails, drop the INVALID index and retry).");
    } else if (Keywords.startsWith(s, "DROP", "INDEX") && !s.isWord(2, "CONCURRENTLY")) {
      report.add(
          Keywords.head(s, 8),
          "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table:"
              + " every read and write of it waits, behind any long query already running.",
          "Write DROP INDEX CONCURRENTLY ... in a migration that runs outside a transaction block.");
    }
  }

  private static void checkMysql(StatementContext s, Report report) {
    boolean indexChange = Ddl.isCreateIndex(s) || Keywords.startsWith(s, "DROP", "INDEX");
    for (int[] a : Keywords.alterTableActions(s)) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      indexChange |= added != null && added.what() != Ddl.Added.COLUMN
          && added.what() != Ddl.Added.CHECK && added.what() != Ddl.Added.FOREIGN_KEY;
      indexChange |= Keywords.matchesAt(s, a[0], "DROP", "INDEX") || Keywords.matchesAt(s, a[0], "DROP", "KEY");
    }
    if (!indexChange) {
      return;
    }
    String algorithm = Ddl.mysqlOption(s, "ALGORITHM"); // COPY: alter-with-copy's
    String lock = Ddl.mysqlOption(s, "LOCK");
    if (!algorithm.equals("COPY") && (lock.equals("SHARED") || lock.equals("EXCLUSIVE"))) {
      report.add(
          Keywords.head(s, 12),
          "This index change asks MySQL for LOCK=" + lock + ": "
              + (lock.equals("SHARED") ? "writes to" : "reads and writes of") + " the table wait"
              + " until it finishes.",
          "Use ALGORITHM=INPLACE, LOCK=NONE (MySQL's online index build); the server then refuses"
              + " instead of blocking if it cannot do it online.");
    }
  }
}
