package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;

/**
 * Counts of statements by the action of their verdict.
 *
 * @param statements every statement checked
 * @param blocked statements whose verdict is {@code block}
 * @param dryRun statements whose verdict is {@code dry-run} (the driver would try them first)
 * @param warnings statements whose verdict is {@code warn}
 * @param optOuts opt-out comments that were applied
 */
record Summary(int statements, int blocked, int dryRun, int warnings, int optOuts) {

  static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);

  /** This summary with one more statement of the given verdict action. */
  Summary plus(Action action) {
    return plus(action, 0);
  }

  /** This summary with one more statement of the given verdict action and its applied opt-outs. */
  Summary plus(Action action, int appliedOptOuts) {
    return new Summary(
        statements + 1,
        blocked + (action == Action.BLOCK ? 1 : 0),
        dryRun + (action == Action.DRY_RUN ? 1 : 0),
        warnings + (action == Action.WARN ? 1 : 0),
        optOuts + appliedOptOuts);
  }

  /**
   * {@code 7 statements, 5 blocked, 0 warnings}, with {@code , 1 dry-run} after the blocked count
   * and {@code , 2 opt-outs} at the end only when there are any.
   */
  String line() {
    StringBuilder sb = new StringBuilder();
    sb.append(count(statements, "statement")).append(", ").append(blocked).append(" blocked");
    if (dryRun > 0) {
      sb.append(", ").append(dryRun).append(" dry-run");
    }
    sb.append(", ").append(count(warnings, "warning"));
    if (optOuts > 0) {
      sb.append(", ").append(count(optOuts, "opt-out"));
    }
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
