package io.jdbcguard.driver.jdbc.strategy;

import io.jdbcguard.driver.config.GuardConfig;
import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;

/**
 * The refusals the driver decides itself, at run time, each with a stable rule id documented in the
 * rules reference like the engine's rules. Their findings are ordinary {@link Finding}s and their
 * messages are built by {@link Finding#message()}, the engine's own code: {@code [rule-id] what was
 * seen and why. At: `sql`. The safe way.} followed by how a human allows it, which for the driver's
 * rules is not always a {@code guard.rule.<id>} override.
 */
public enum DriverRule {
  /** A write changed (or would change) more rows than {@code guard.maxAffectedRows}. */
  ROW_LIMIT(GuardConfig.ROW_LIMIT_RULE, null),
  /** A dry run or sandboxed statement the database could not roll back. */
  CANNOT_ROLL_BACK(
      "cannot-roll-back",
      "A human can change the routing: guard.dryRun, or the guard.rule.<rule-id> override that"
          + " sends it to a dry run."),
  /** A row written through an updatable result set, with SQL the guard never sees. */
  UPDATABLE_RESULT_SET(
      "updatable-result-set", "It is a warning only under guard.profile=audit, chosen by a human."),
  /**
   * A measured UPDATE or DELETE that changed every row of a table (issue: a hidden missing WHERE).
   */
  WHOLE_TABLE_WRITE(
      "whole-table-write",
      "To allow it on purpose, a human can set guard.minRowsForWholeTable=0 (or a larger"
          + " threshold)."),
  /** A measured, dry-run or sandboxed write on storage that cannot roll back (MyISAM, ...). */
  NON_TRANSACTIONAL_TABLE(
      "non-transactional-table",
      "A human can move the table to a transactional engine (ALTER TABLE ... ENGINE=InnoDB), or"
          + " let such writes run unmeasured (guard.rule.row-limit=warn or allow, no dry run, no"
          + " sandbox mode)."),
  /** {@code setReadOnly(false)} under the read-only profile (the engine's {@code read-only} id). */
  READ_ONLY("read-only", "Writes need a connection with another guard.profile, chosen by a human.");

  private final String id;

  /** The sentence on how a human allows it; null: the {@code guard.rule.<id>} override. */
  private final String howToAllow;

  DriverRule(String id, String howToAllow) {
    this.id = id;
    this.howToAllow = howToAllow;
  }

  /** The stable rule id, as in messages, the audit log and the rules reference. */
  public String id() {
    return id;
  }

  /** A blocking finding of this rule. */
  public Finding finding(String fragment, String reason, String fix) {
    return new Finding(id, Action.BLOCK, fragment, reason, fix);
  }

  /** The message of a finding of this rule, built by {@link Finding#message()}. */
  public String message(Finding finding) {
    return howToAllow == null ? finding.message() : message(finding, howToAllow);
  }

  /** The message with another sentence on how a human allows it (empty: the fix says it all). */
  public String message(Finding finding, String howToAllow) {
    // Finding.message() adds the guard.rule.<id> sentence only for a blocking action; these rules
    // have no such override, so the sentence is their own.
    Finding plain =
        new Finding(
            finding.ruleId(), Action.WARN, finding.fragment(), finding.reason(), finding.fix());
    return howToAllow.isEmpty() ? plain.message() : plain.message() + " " + howToAllow;
  }
}
