package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code ALTER TABLE ... DROP COLUMN / CONSTRAINT / PRIMARY KEY / FOREIGN KEY / INDEX /
 * PARTITION}, and MySQL's {@code DISCARD TABLESPACE} (deletes the table's data file).
 */
final class AlterTableDrop implements Rule {

  @Override
  public String id() {
    return "alter-table-drop";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (int[] action : Keywords.alterTableActions(s)) {
      if (Keywords.matchesAt(s, action[0], "DROP")
          || Keywords.matchesAt(s, action[0], "DISCARD", "TABLESPACE")) {
        report.add(
            s.slice(action[0], action[1]),
            "Dropping a column, constraint, key or partition destroys data or the rules that"
                + " protect it, and cannot be undone.",
            "Keep it; stop using the column in code first and let a human drop it later in a"
                + " reviewed migration.");
      }
    }
  }
}
