package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * A DELETE with no WHERE, in any form: plain, {@code USING}, MySQL multi-table with JOIN, {@code
 * ORDER BY ... LIMIT n}, inside a data-modifying CTE.
 */
final class DeleteWithoutWhere implements Rule {

  @Override
  public String id() {
    return "delete-without-where";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (MigrationToolTables.isLiquibaseLockRelease(s)) {
      return; // Liquibase emptying its lock table (only the lock row): contract section 2
    }
    for (Writes.Write w : Writes.of(s)) {
      if (w.verb().equals("DELETE") && w.where() == null) {
        report.add(
            w.node().toString(),
            "DELETE without WHERE removes every row of the table (a LIMIT only picks which rows,"
                + " not whether the condition is intended).",
            "Add a WHERE that names the rows to delete, e.g. DELETE FROM " + w.table() + " WHERE id = ?.");
      }
    }
  }

}
