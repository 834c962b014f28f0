package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;

/**
 * An opt-out comment in a script ({@code -- jdbc-guard:allow <rule-id> <reason>}) that names no
 * rule, an unknown rule, or gives no reason: it must not pass silently. The engine reports it from
 * the script's comments in {@code GuardEngine.checkScript}; single statements never carry
 * opt-outs, so this rule has nothing to look at in one statement's tokens.
 */
final class InvalidOptOut implements io.jdbcguard.rules.Rule {

  @Override
  public String id() {
    return "invalid-opt-out";
  }

  @Override
  public void check(StatementContext s, Report report) {
    // reported by the engine's script check, which sees the comments
  }
}
