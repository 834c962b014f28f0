package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Locks that stop every other session from reading or writing a table: PostgreSQL's {@code LOCK
 * TABLE} in ACCESS EXCLUSIVE or EXCLUSIVE mode (ACCESS EXCLUSIVE is the default without {@code
 * IN ... MODE}), MySQL's {@code LOCK TABLES ... WRITE}.
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
    int in = s.indexOfWord("IN", 1);
    boolean hit;
    if (in > 0) {
      hit = s.isWord(in + 1, "ACCESS") && s.isWord(in + 2, "EXCLUSIVE")
          || s.isWord(in + 1, "EXCLUSIVE");
    } else {
      hit = s.indexOfWord("WRITE", 1) > 0
          || (s.indexOfWord("READ", 1) < 0 && s.dialect() != io.jdbcguard.rules.Dialect.MYSQL);
    }
    if (hit) {
      report.add(
          Keywords.head(s, 10),
          "An exclusive table lock stops every other session from using the table until this"
              + " transaction ends; on a busy table that is an outage.",
          "Rely on row locks (SELECT ... FOR UPDATE on the rows you change) or a weaker lock mode"
              + " such as SHARE ROW EXCLUSIVE, and keep the transaction short.");
    }
  }
}
