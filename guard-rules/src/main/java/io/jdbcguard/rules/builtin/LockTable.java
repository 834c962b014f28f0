package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Explicit table locks that stop other sessions. In every profile: PostgreSQL's {@code LOCK
 * TABLE} in ACCESS EXCLUSIVE or EXCLUSIVE mode (ACCESS EXCLUSIVE is the default without {@code IN
 * ... MODE}), MySQL's {@code LOCK TABLES ... WRITE}. In the {@code migration} profile also every
 * other mode that blocks writes for as long as the transaction lasts: PostgreSQL SHARE and SHARE
 * ROW EXCLUSIVE, MySQL {@code LOCK TABLES ... READ}. (ACCESS SHARE, ROW SHARE, ROW EXCLUSIVE and
 * SHARE UPDATE EXCLUSIVE let reads and writes go on.)
 */
final class LockTable implements Rule {

  @Override
  public String id() {
    return "lock-table";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (!Keywords.startsWith(s, "LOCK")) {
      return;
    }
    boolean migration = s.profile() == Profile.MIGRATION;
    String mode = mode(s);
    String blocks;
    switch (mode) {
      case "ACCESS EXCLUSIVE", "EXCLUSIVE", "WRITE" ->
          blocks = mode.equals("EXCLUSIVE") ? "every write and every SELECT ... FOR UPDATE / SHARE"
              : "every read and write";
      case "SHARE", "SHARE ROW EXCLUSIVE", "READ" -> {
        if (!migration) {
          return;
        }
        blocks = "every INSERT, UPDATE and DELETE";
      }
      default -> {
        return;
      }
    }
    String table = Ddl.name(s, s.isWord(1, "TABLE") || s.isWord(1, "TABLES") ? (s.isWord(2, "ONLY") ? 3 : 2) : 1);
    boolean mysql = s.dialect() == Dialect.MYSQL;
    report.add(
        Keywords.head(s, 10),
        (mysql ? "LOCK TABLES ... " + mode : "LOCK TABLE in " + mode + " mode") + " on "
            + (table == null ? "the table" : table) + " blocks " + blocks + " from other sessions"
            + (mysql ? " until UNLOCK TABLES" : " until this transaction ends") + ", and waits"
            + " behind every query already running on it; on a busy table that is an outage.",
        mysql
            ? "Drop the LOCK TABLES: InnoDB's row locks (SELECT ... FOR UPDATE on the rows you change)"
                + " and a transaction are enough, and ALTER TABLE ... ALGORITHM=INPLACE, LOCK=NONE"
                + " changes the schema without one."
            : "Drop the LOCK TABLE: lock only the rows you change (SELECT ... FOR UPDATE), or use"
                + " a mode that lets writes go on (ROW EXCLUSIVE, SHARE UPDATE EXCLUSIVE); set"
                + " lock_timeout so a schema change gives up instead of queueing every query"
                + " behind it, and keep the transaction short.");
  }

  /**
   * The lock mode: PostgreSQL's {@code IN ... MODE} words ({@code ACCESS EXCLUSIVE} without
   * them); MySQL's strongest of {@code READ [LOCAL]} and {@code [LOW_PRIORITY] WRITE}.
   */
  private static String mode(StatementContext s) {
    boolean readWrite = s.indexOfWord("WRITE", 1) > 0 || s.indexOfWord("READ", 1) > 0;
    if (s.dialect() == Dialect.MYSQL || s.isWord(1, "TABLES") || readWrite) {
      if (s.indexOfWord("WRITE", 1) > 0) {
        return "WRITE";
      }
      return s.indexOfWord("READ", 1) > 0 ? "READ" : ""; // InnoDB: READ LOCAL is READ
    }
    int in = s.indexOfWord("IN", 1);
    if (in < 0) {
      return "ACCESS EXCLUSIVE";
    }
    StringBuilder mode = new StringBuilder();
    for (int i = in + 1; i < s.size() && !s.isWord(i, "MODE"); i++) {
      mode.append(mode.length() == 0 ? "" : " ").append(s.word(i));
    }
    return mode.toString();
  }
}
