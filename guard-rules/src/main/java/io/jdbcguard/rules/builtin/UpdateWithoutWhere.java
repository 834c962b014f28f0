package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * An UPDATE with no WHERE, in any form: plain, {@code FROM}, MySQL multi-table with JOIN, {@code
 * LIMIT n}, inside a data-modifying CTE.
 */
final class UpdateWithoutWhere implements Rule {

  @Override
  public String id() {
    return "update-without-where";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (Writes.Write w : Writes.of(s)) {
      if (w.verb().equals("UPDATE") && w.where() == null) {
        report.add(
            w.node().toString(),
            "UPDATE without WHERE overwrites the column in every row of the table.",
            "Add a WHERE that names the rows to change, e.g. UPDATE " + w.table() + " SET ... WHERE id = ?.");
      }
    }
  }

}
