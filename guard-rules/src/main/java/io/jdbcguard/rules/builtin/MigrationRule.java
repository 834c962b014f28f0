package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.Rule;

/**
 * A migration safety rule: it blocks in the {@code migration} profile and does not run in the
 * others (the {@code agent} contract must keep allowing CREATE INDEX, ADD COLUMN and ADD
 * CONSTRAINT). Rules that only matter for tables in use skip tables the script created.
 */
abstract class MigrationRule implements Rule {

  @Override
  public Action defaultAction() {
    return Action.ALLOW;
  }

  @Override
  public Action actionIn(Profile profile) {
    return profile == Profile.MIGRATION ? Action.BLOCK : Action.ALLOW;
  }

  @Override
  public boolean usesScriptState() {
    return true;
  }
}
