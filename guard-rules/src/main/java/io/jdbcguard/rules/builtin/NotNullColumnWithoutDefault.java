package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * {@code ALTER TABLE ... ADD COLUMN c type NOT NULL} (or {@code PRIMARY KEY}) without a {@code
 * DEFAULT} (or with {@code DEFAULT NULL}) on a table the script did not create: it fails as soon
 * as the table has a row. Columns whose values are generated (serial, identity, {@code GENERATED
 * ... AS}) are left to {@code volatile-column-default}. Not in MySQL, which fills NOT NULL columns
 * with the type's implicit default.
 */
final class NotNullColumnWithoutDefault extends MigrationRule {

  @Override
  public String id() {
    return "not-null-column-without-default";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (s.dialect() == Dialect.MYSQL || table == null || s.script().isNewTable(table)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      if (added == null) {
        continue;
      }
      for (Ddl.Column c : Ddl.columns(s, added)) {
        int dflt = Ddl.defaultAt(s, c);
        boolean noDefault = dflt < 0 || s.isWord(dflt + 1, "NULL");
        if (Ddl.isNotNull(s, c) && noDefault && !Ddl.isGenerated(s, c)) {
          report.add(
              Ddl.fragment(s, actions, a),
              "Adding " + table + "." + c.name() + " as NOT NULL without a DEFAULT fails as soon"
                  + " as the table has a row: the migration passes on an empty database and breaks"
                  + " in production.",
              "Give it a constant DEFAULT (PostgreSQL 11+ adds it without rewriting the table), or"
                  + " add it nullable, backfill it in batches, then make it NOT NULL through a"
                  + " validated CHECK (" + c.name() + " IS NOT NULL) constraint.");
        }
      }
    }
  }
}
