package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * What the MySQL/MariaDB online-DDL rules read from an {@code ALTER TABLE}: the table (null when
 * the statement is not a MySQL ALTER TABLE or the table is new in the run) and its actions, and
 * the {@code ALGORITHM} / {@code LOCK} clauses that make the server refuse rather than block.
 */
record MysqlAlter(String table, List<int[]> actions, String algorithm, String lock) {

  /** The ALTER TABLE on an existing table, or null. */
  static MysqlAlter of(StatementContext s) {
    if (s.dialect() != Dialect.MYSQL) {
      return null;
    }
    String table = Ddl.alteredTable(s);
    if (table == null || s.script().isNewTable(table)) {
      return null;
    }
    return new MysqlAlter(table, Keywords.alterTableActions(s), Ddl.mysqlOption(s, "ALGORITHM"),
        Ddl.mysqlOption(s, "LOCK"));
  }

  /** ALGORITHM=INSTANT or INPLACE, or LOCK=NONE: the server refuses what would copy the table. */
  boolean refusesCopy() {
    return algorithm.equals("INSTANT") || algorithm.equals("INPLACE") || algorithm.equals("NOCOPY")
        || lock.equals("NONE");
  }

  /** True for an {@code ALGORITHM=...} or {@code LOCK=...} clause among the actions. */
  static boolean isOption(StatementContext s, int[] a) {
    return s.isWord(a[0], "ALGORITHM") || s.isWord(a[0], "LOCK");
  }
}
