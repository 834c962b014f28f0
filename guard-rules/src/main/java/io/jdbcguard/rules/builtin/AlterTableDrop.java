package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
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

  /**
   * In the migration profile: dropping an index ({@code DROP INDEX / KEY}, MySQL: in place, writes
   * go on), or the {@code CHECK (c IS NOT NULL)} helper of the safe NOT NULL pattern once {@code c}
   * is NOT NULL (the script state knows both), loses no data.
   */
  private static boolean losesNothing(StatementContext s, int[] action) {
    if (s.profile() != Profile.MIGRATION) {
      return false;
    }
    int i = action[0] + 1;
    if (s.isWord(i, "INDEX") || s.isWord(i, "KEY")) {
      return true;
    }
    if (!s.isWord(i, "CONSTRAINT")) {
      return false;
    }
    i++;
    if (Keywords.matchesAt(s, i, "IF", "EXISTS")) {
      i += 2;
    }
    String table = Ddl.alteredTable(s);
    String constraint = Ddl.identifier(s, i);
    return table != null && constraint != null && s.script().isRedundantNotNullCheck(table, constraint);
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (int[] action : Keywords.alterTableActions(s)) {
      if ((Keywords.matchesAt(s, action[0], "DROP") && !losesNothing(s, action))
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
