package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.StatementContext;
import java.util.List;

/**
 * PostgreSQL {@code ADD [CONSTRAINT c] FOREIGN KEY ...} or {@code CHECK (...)} without {@code NOT
 * VALID} on a table the script did not create, and {@code ADD COLUMN ... REFERENCES / CHECK}
 * (an inline constraint cannot be NOT VALID): the table is scanned to validate every row while
 * the lock is held. A new column's inline {@code REFERENCES} without a default is fine: every row
 * is NULL, so PostgreSQL has nothing to validate.
 */
final class ConstraintWithoutNotValid extends MigrationRule {

  @Override
  public String id() {
    return "constraint-without-not-valid";
  }

  @Override
  public void check(StatementContext s, Report report) {
    String table = Ddl.alteredTable(s);
    if (s.dialect() != Dialect.POSTGRES || table == null || s.script().isNewTable(table)) {
      return;
    }
    List<int[]> actions = Keywords.alterTableActions(s);
    for (int[] a : actions) {
      Ddl.Addition added = Ddl.addition(s, a[0], a[1]);
      if (added == null) {
        continue;
      }
      boolean foreignKey = false;
      boolean check = false;
      if (added.what() == Ddl.Added.FOREIGN_KEY || added.what() == Ddl.Added.CHECK) {
        if (Ddl.hasWords(s, added.body(), a[1], "NOT", "VALID")) {
          continue;
        }
        foreignKey = added.what() == Ddl.Added.FOREIGN_KEY;
        check = !foreignKey;
      }
      for (Ddl.Column c : Ddl.columns(s, added)) {
        // a new column without a default is NULL in every row: PostgreSQL skips validating its
        // foreign key (nothing to check), so ADD COLUMN ... REFERENCES t (id) takes only brief locks
        int dflt = Ddl.defaultAt(s, c);
        boolean allNull = dflt < 0 || s.isWord(dflt + 1, "NULL");
        foreignKey |= Ddl.topLevelWord(s, "REFERENCES", c.first(), c.last() + 1) > 0 && !allNull;
        check |= Ddl.topLevelWord(s, "CHECK", c.first(), c.last() + 1) > 0;
      }
      if (!foreignKey && !check) {
        continue;
      }
      String name = added.name() != null && added.what() != Ddl.Added.COLUMN ? added.name() : "the_constraint";
      report.add(
          Ddl.fragment(s, actions, a),
          foreignKey
              ? "Adding a FOREIGN KEY to " + table + " checks every existing row while holding a lock"
                  + " that blocks writes to both tables until the scan ends."
              : "Adding a CHECK constraint to " + table + " scans every existing row under an ACCESS"
                  + " EXCLUSIVE lock: nothing can read or write the table meanwhile.",
          "Add it with NOT VALID (only new rows are checked, the lock is brief), then in a separate"
              + " transaction ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name
              + ", which lets reads and writes go on"
              + (added.what() == Ddl.Added.COLUMN ? "; add the column first, the constraint after." : "."));
    }
  }
}
