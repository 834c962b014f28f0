package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;

/**
 * {@code ALTER TABLE ... DISABLE TRIGGER / RULE / ROW LEVEL SECURITY}, {@code NO FORCE ROW LEVEL
 * SECURITY}, and {@code ENABLE REPLICA / ALWAYS TRIGGER / RULE} (a replica trigger stops firing
 * in normal sessions; both change when it fires): switching off the checks that protect the
 * table's data.
 */
final class DisableTrigger implements Rule {

  @Override
  public String id() {
    return "disable-trigger";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (int[] action : Keywords.alterTableActions(s)) {
      int a = action[0];
      if (Keywords.matchesAt(s, a, "DISABLE", "TRIGGER")
          || Keywords.matchesAt(s, a, "DISABLE", "RULE")
          || Keywords.matchesAt(s, a, "DISABLE", "ROW")
          || Keywords.matchesAt(s, a, "NO", "FORCE", "ROW")
          || Keywords.matchesAt(s, a, "ENABLE", "REPLICA")
          || Keywords.matchesAt(s, a, "ENABLE", "ALWAYS")) {
        report.add(
            s.slice(action[0], action[1]),
            "Disabling triggers, rules or row-level security, or moving a trigger or rule to"
                + " replica sessions (ENABLE REPLICA / ALWAYS), changes when the checks and side"
                + " effects the table relies on run (audit rows, foreign keys, access policies), so"
                + " they can silently stop.",
            "Keep them enabled and make the change through statements that respect them.");
      }
    }
  }
}
