package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;

/**
 * MySQL/MariaDB schema changes on an existing table that InnoDB can only do with {@code
 * ALGORITHM=COPY}: it copies the table row by row and blocks every INSERT, UPDATE and DELETE for
 * the whole copy. Assumes MySQL 8.0 / MariaDB 10.4+ InnoDB:
 *
 * <ul>
 *   <li>{@code MODIFY} / {@code CHANGE} of a column's definition (a new data type, a narrower
 *       length, another character set: the guard cannot see the old definition);
 *   <li>{@code CONVERT TO CHARACTER SET};
 *   <li>{@code ADD FOREIGN KEY} while {@code foreign_key_checks=1} (the default);
 *   <li>{@code DROP PRIMARY KEY} without adding another in the same statement;
 *   <li>an explicit {@code ALGORITHM=COPY} (also on {@code CREATE INDEX}).
 * </ul>
 *
 * {@code ALGORITHM=INPLACE} / {@code INSTANT} or {@code LOCK=NONE} pass: the server then refuses
 * instead of copying.
 */
final class AlterWithCopy extends MigrationRule {

  @Override
  public String id() {
    return "alter-with-copy";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.dialect() == Dialect.MYSQL && Ddl.mysqlOption(s, "ALGORITHM").equals("COPY")
        && (Ddl.isCreateIndex(s) || Keywords.startsWith(s, "DROP", "INDEX"))) {
      String table = Ddl.name(s, Ddl.topLevelWord(s, "ON", 2, s.size()) + 1);
      if (!s.script().isNewTable(table)) {
        report.add(Keywords.head(s, 12), copies(table == null ? "the table" : table,
            "ALGORITHM=COPY asks for it"), fix());
      }
      return;
    }
    MysqlAlter alter = MysqlAlter.of(s);
    if (alter == null) {
      return;
    }
    if (alter.algorithm().equals("COPY")) {
      report.add(Keywords.head(s, 12), copies(alter.table(), "ALGORITHM=COPY asks for it"), fix());
      return;
    }
    if (alter.refusesCopy()) {
      return;
    }
    boolean addsPrimaryKey = false;
    for (int[] a : alter.actions()) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      addsPrimaryKey |= added != null && added.what() == Ddl.Added.PRIMARY_KEY;
    }
    for (int[] a : alter.actions()) {
      String why = null;
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      if (s.isWord(a[0], "MODIFY") || s.isWord(a[0], "CHANGE")) {
        int i = a[0] + (s.isWord(a[0] + 1, "COLUMN") ? 2 : 1);
        why = s.word(a[0]) + " of " + alter.table() + "." + Ddl.identifier(s, i) + " redefines the"
            + " column, and a new data type, a shorter length or another character set only"
            + " supports ALGORITHM=COPY (a narrower type also cuts values that do not fit)";
      } else if (Keywords.matchesAt(s, a[0], "CONVERT", "TO")) {
        why = "CONVERT TO CHARACTER SET re-encodes every row and only supports ALGORITHM=COPY";
      } else if (added != null && added.what() == Ddl.Added.FOREIGN_KEY) {
        why = "ADD FOREIGN KEY with foreign_key_checks=1 (the default) only supports"
            + " ALGORITHM=COPY, so that every existing row is checked";
      } else if (Keywords.matchesAt(s, a[0], "DROP", "PRIMARY", "KEY") && !addsPrimaryKey) {
        why = "DROP PRIMARY KEY without adding another one only supports ALGORITHM=COPY";
      } else if (s.isWord(a[0], "ENGINE") && !engine(s, a).equals("INNODB")) {
        why = "ENGINE=" + engine(s, a) + " moves the table to another storage engine, which only"
            + " supports ALGORITHM=COPY";
      }
      if (why != null) {
        report.add(Ddl.fragment(s, alter.actions(), a), copies(alter.table(), why), fix());
      }
    }
  }

  private static String engine(StatementContext s, int[] a) {
    int v = s.type(a[0] + 1) == io.jdbcguard.rules.sql.TokenType.OPERATOR ? a[0] + 2 : a[0] + 1;
    String name = s.identifier(v);
    return name == null ? "" : name.toUpperCase(java.util.Locale.ROOT);
  }

  private static String copies(String table, String why) {
    return why + ": InnoDB copies " + table + " row by row into a new table and blocks every"
        + " INSERT, UPDATE and DELETE on it until the copy ends; on a big table that is an outage.";
  }

  private static String fix() {
    return "Add ALGORITHM=INPLACE, LOCK=NONE to the ALTER TABLE so the server refuses instead of"
        + " copying; if it refuses, make the change with an online schema-change tool (gh-ost,"
        + " pt-online-schema-change), or expand and contract: add a new column, backfill it in"
        + " batches, switch the code over, drop the old one later.";
  }
}
