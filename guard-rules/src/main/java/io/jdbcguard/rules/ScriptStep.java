package io.jdbcguard.rules;

import java.util.Objects;

/**
 * The verdict for one statement (or one execute call's string) checked in a script's state, and
 * the state the script is in afterwards.
 *
 * @param verdict the engine's verdict, as {@link GuardEngine#check(String)} gives it but with the
 *     state's knowledge (tables created earlier, an open transaction block, DDL in the script)
 * @param after the state for the next statement
 */
public record ScriptStep(Verdict verdict, ScriptState after) {

  public ScriptStep {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(after, "after");
  }
}
