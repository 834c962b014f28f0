package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/** {@code DROP} of any object: table, view, schema, database, index, function, role, ... */
final class DropObject implements Rule {

  @Override
  public String id() {
    return "drop-object";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "DROP") && !(s.profile() == Profile.MIGRATION && Keywords.startsWith(s, "DROP", "INDEX"))) {
      // in the migration profile an index is not data: index-without-concurrently judges its lock
      report.add(
          Keywords.head(s, 6),
          "DROP destroys the object and everything in it, and cannot be undone.",
          "Leave the object in place; if it really has to go, a human drops it through a reviewed"
              + " migration.");
    }
  }
}
