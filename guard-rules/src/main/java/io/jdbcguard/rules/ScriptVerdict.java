package io.jdbcguard.rules;

import java.util.List;
import java.util.Objects;

/**
 * The verdict for one statement of a script (a migration file, a linted SQL file).
 *
 * @param statement the statement, with its line
 * @param verdict the engine's verdict after reviewed opt-outs were applied
 * @param suppressions the opt-out comments that were applied to this statement, each with its
 *     reason; they are reported, never silent
 */
public record ScriptVerdict(ScriptStatement statement, Verdict verdict, List<Suppression> suppressions) {

  public ScriptVerdict {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(verdict, "verdict");
    suppressions = List.copyOf(suppressions);
  }
}
