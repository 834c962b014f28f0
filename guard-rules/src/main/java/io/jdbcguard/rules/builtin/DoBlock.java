package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/** PostgreSQL's {@code DO} block: anonymous procedural code the guard cannot see into. */
final class DoBlock implements Rule {

  @Override
  public String id() {
    return "do-block";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "DO")) {
      report.add(
          Keywords.head(s, 6),
          "A DO block runs procedural code whose statements the guard cannot check (it may DROP,"
              + " DELETE or EXECUTE anything).",
          "Send each SQL statement on its own so every one is checked.");
    }
  }
}
