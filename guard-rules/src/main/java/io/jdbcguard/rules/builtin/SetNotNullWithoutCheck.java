package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * PostgreSQL {@code ALTER COLUMN c SET NOT NULL} on a table the script did not create, unless a
 * valid {@code CHECK (c IS NOT NULL)} constraint was added (or added {@code NOT VALID} and then
 * validated) earlier in the script: without one, PostgreSQL scans the whole table under an ACCESS
 * EXCLUSIVE lock; with one (PostgreSQL 12+) it skips the scan.
 */
final class SetNotNullWithoutCheck extends MigrationRule {

  @Override
  public String id() {
    return "set-not-null-without-check";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (s.dialect() != Dialect.POSTGRES || table == null || s.script().isNewTable(table)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      if (!s.isWord(a[0], "ALTER")) {
        continue;
      }
      int i = a[0] + (s.isWord(a[0] + 1, "COLUMN") ? 2 : 1);
      String column = Ddl.identifier(s, i);
      if (column == null || !Keywords.matchesAt(s, i + 1, "SET", "NOT", "NULL")
          || s.script().hasNotNullCheck(table, column)) {
        continue;
      }
      String check = table.replace('.', '_') + "_" + column + "_not_null";
      report.add(
          Ddl.fragment(s, actions, a),
          "SET NOT NULL on " + table + "." + column + " scans the whole table under an ACCESS"
              + " EXCLUSIVE lock to prove there is no NULL: nothing can read or write it meanwhile.",
          "First ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column
              + " IS NOT NULL) NOT VALID; then, in another transaction, ALTER TABLE " + table
              + " VALIDATE CONSTRAINT " + check + "; then SET NOT NULL, which uses the valid check"
              + " instead of scanning (PostgreSQL 12+).");
    }
  }
}
