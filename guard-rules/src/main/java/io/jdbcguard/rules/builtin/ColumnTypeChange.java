package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * PostgreSQL (and generic) {@code ALTER [COLUMN] c [SET DATA] TYPE t [USING ...]} on a table the
 * script did not create, unless the change keeps the stored bytes, so that PostgreSQL only updates
 * the catalog (no rewrite, no index rebuild): a longer {@code varchar(n)}, {@code varchar} to
 * {@code text}, {@code numeric(p,s)} to a larger {@code p} with the same {@code s}. Where the run
 * declared the column's type (CREATE TABLE, ADD COLUMN, an earlier TYPE), the change is judged
 * exactly; without the old type a change to {@code varchar(n)}, {@code text}, {@code numeric(p,s)}
 * or {@code varbit(n)} written without {@code USING} is taken as the widening it nearly always is.
 * {@code USING} always rewrites. MySQL/MariaDB type changes are {@code alter-with-copy}'s.
 */
final class ColumnTypeChange extends MigrationRule {

  @Override
  public String id() {
    return "column-type-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (table == null || s.dialect() == Dialect.MYSQL || s.script().isNewTable(table)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      int type = typeAt(s, a);
      if (type < 0) {
        continue;
      }
      String column = Ddl.identifier(s, a[0] + (s.isWord(a[0] + 1, "COLUMN") ? 2 : 1));
      String to = ColumnTypes.typeAt(s, type, a[1]);
      String from = s.script().columnType(table, column);
      boolean using = Ddl.topLevelWord(s, "USING", type, a[1] + 1) > 0;
      if (!using && (from != null ? ColumnTypes.keepsBytes(from, to) : ColumnTypes.mayWiden(to))) {
        continue;
      }
      String was = from == null ? "" : " from " + from;
      report.add(
          Ddl.fragment(s, actions, a),
          "Changing " + table + "." + column + was + " to " + to
              + (using ? " with USING" : "") + " rewrites the whole table and rebuilds its indexes"
              + " under an ACCESS EXCLUSIVE lock: nothing can read or write " + table
              + " meanwhile, a narrower type fails (or loses data) on rows that do not fit, and code"
              + " expecting the old type breaks.",
          "Add a new column " + column + "_new " + to + ", keep it in step with a trigger or the"
              + " application, backfill it in batches, switch the code over, and drop " + column
              + " in a later migration; only widening a varchar, varchar to text, or a numeric's"
              + " precision (same scale) changes the type in place.");
    }
  }

  /** Index of the type after {@code ALTER [COLUMN] c [SET DATA] TYPE}, or -1. */
  private static int typeAt(StatementContext s, int[] a) {
    if (!s.isWord(a[0], "ALTER")) {
      return -1;
    }
    int i = a[0] + 1;
    if (s.isWord(i, "COLUMN")) {
      i++;
    }
    i++;
    if (s.isWord(i, "SET") && s.isWord(i + 1, "DATA")) {
      i += 2;
    }
    return s.isWord(i, "TYPE") ? i + 1 : -1;
  }
}
