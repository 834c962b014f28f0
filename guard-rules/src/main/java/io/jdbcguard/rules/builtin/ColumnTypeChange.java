package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * Changing a column's type on a table the script did not create: {@code ALTER [COLUMN] c [SET
 * DATA] TYPE t}; MySQL {@code MODIFY}, {@code CHANGE} and {@code CONVERT TO CHARACTER SET} unless
 * the statement demands an online change ({@code ALGORITHM=INSTANT} or {@code LOCK=NONE}).
 */
final class ColumnTypeChange extends MigrationRule {

  @Override
  public String id() {
    return "column-type-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (table == null || s.script().isNewTable(table)) {
      return;
    }
    boolean mysql = s.dialect() == Dialect.MYSQL;
    if (mysql && Ddl.mysqlOnline(s)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      String column = mysql ? mysqlChange(s, a) : typeChange(s, a);
      if (column == null) {
        continue;
      }
      report.add(
          Ddl.fragment(s, actions, a),
          mysql
              ? "MODIFY / CHANGE / CONVERT of " + table + column + " copies the whole table in"
                  + " most cases (a new type, NULL to NOT NULL, a new character set), and writes wait"
                  + " until it finishes."
              : "Changing the type of " + table + "." + column + " rewrites the whole table and its"
                  + " indexes under an ACCESS EXCLUSIVE lock: nothing can read or write it meanwhile,"
                  + " and code expecting the old type breaks.",
          mysql
              ? "Add ALGORITHM=INPLACE, LOCK=NONE (or ALGORITHM=INSTANT) so MySQL refuses instead of"
                  + " blocking, or add a new column, backfill it in batches and switch the code over."
              : "Add a new column of the new type, backfill it in batches, move the code to it, and"
                  + " retire " + column + " later; a change PostgreSQL makes without a rewrite"
                  + " (varchar(n) to a longer varchar or to text) can be allowed with a reviewed"
                  + " opt-out.");
    }
  }

  /** The column of {@code ALTER [COLUMN] c [SET DATA] TYPE ...}, or null. */
  private static String typeChange(StatementContext s, int[] a) {
    if (!s.isWord(a[0], "ALTER")) {
      return null;
    }
    int i = a[0] + 1;
    if (s.isWord(i, "COLUMN")) {
      i++;
    }
    String column = Ddl.identifier(s, i);
    i++;
    if (s.isWord(i, "SET") && s.isWord(i + 1, "DATA")) {
      i += 2;
    }
    return s.isWord(i, "TYPE") ? column : null;
  }

  private static String mysqlChange(StatementContext s, int[] a) {
    if (s.isWord(a[0], "MODIFY") || s.isWord(a[0], "CHANGE")) {
      int i = a[0] + 1;
      String column = Ddl.identifier(s, s.isWord(i, "COLUMN") ? i + 1 : i);
      return column == null ? "" : "." + column;
    }
    if (s.isWord(a[0], "CONVERT") && s.isWord(a[0] + 1, "TO")) {
      return "";
    }
    return null;
  }
}
