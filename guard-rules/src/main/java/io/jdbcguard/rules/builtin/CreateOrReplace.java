package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code CREATE OR REPLACE} of a view or table (MariaDB's {@code CREATE OR REPLACE TABLE} drops the
 * existing table first). Routines are {@code routine-definition}'s.
 */
final class CreateOrReplace implements Rule {

  @Override
  public String id() {
    return "create-or-replace";
  }

  @Override
  public void check(StatementContext s, Report report) {
    boolean migrationView = s.profile() == Profile.MIGRATION && s.isWord(3, "VIEW");
    if (Keywords.startsWith(s, "CREATE", "OR", "REPLACE") && RoutineDefinition.routineWord(s) < 0
        && !migrationView) { // a view holds no data: redefining one is what migrations do
      report.add(
          Keywords.head(s, 6),
          "CREATE OR REPLACE silently overwrites an existing object (a table's data, a view"
              + " other code depends on).",
          "Use CREATE ... (or CREATE ... IF NOT EXISTS) and change existing objects in a reviewed"
              + " migration.");
    }
  }
}
