package io.jdbcguard.rules;

import java.util.List;
import java.util.Objects;

/**
 * The verdicts for the statements of one migration (a file) and the state the run is in after it,
 * to hand to the next migration's {@link GuardEngine#checkScript(String, ScriptState)}.
 *
 * @param verdicts one per statement, in order, after reviewed opt-outs
 * @param after the state after the last statement
 */
public record ScriptCheck(List<ScriptVerdict> verdicts, ScriptState after) {

  public ScriptCheck {
    verdicts = List.copyOf(verdicts);
    Objects.requireNonNull(after, "after");
  }
}
