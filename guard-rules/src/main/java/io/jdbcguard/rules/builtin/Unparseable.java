package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * Fail closed: a statement the guard cannot analyse (syntax it does not understand, an unterminated
 * string or comment, stray control characters, nesting too deep, a parse that ran out of time) is
 * never sent.
 */
final class Unparseable implements Rule {

  @Override
  public String id() {
    return "unparseable";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (s.problem() != null) {
      report.add(
          Keywords.head(s, 10),
          "The guard could not analyse this statement (" + s.problem() + "), so it cannot tell"
              + " whether it is safe.",
          "Write it as plain, complete SQL (no keywords split by comments, no unterminated quotes)"
              + " or split it into simpler statements.");
    }
  }
}
