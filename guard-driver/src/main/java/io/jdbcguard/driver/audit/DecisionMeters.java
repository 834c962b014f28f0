package io.jdbcguard.driver.audit;

import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Verdict;

/**
 * The guard's meters, fed from the same calls as the audit log. With Micrometer on the class path
 * they are registered in {@code Metrics.globalRegistry} ({@link MicrometerDecisionMeters}; Spring
 * Boot adds its registry there); without it they are {@link #NONE}, which does nothing and loads no
 * Micrometer class. Names and tags: docs/audit-log.md#metrics.
 */
interface DecisionMeters {

  /** One decision before a statement runs: {@code action} is allow, warn, block or dry-run. */
  void decided(String action, Verdict verdict, long nanos);

  /**
   * What a measured write did: {@code outcome} as in {@link AuditLog#measured}, {@code rule} the
   * driver's rule id or null, {@code dryRun} whether it was a dry run.
   */
  void measured(String outcome, String rule, boolean dryRun);

  /** No meters. */
  DecisionMeters NONE =
      new DecisionMeters() {
        @Override
        public void decided(String action, Verdict verdict, long nanos) {}

        @Override
        public void measured(String outcome, String rule, boolean dryRun) {}
      };

  /** Micrometer's global registry when Micrometer can be loaded, else {@link #NONE}. */
  static DecisionMeters discover() {
    try {
      Class.forName("io.micrometer.core.instrument.Metrics", false, DecisionMeters.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return NONE;
    }
    try {
      return MicrometerDecisionMeters.global();
    } catch (LinkageError e) {
      // an incompatible Micrometer: no meters rather than no driver
      return NONE;
    }
  }

  /** The id of the rule that decided the action (the first finding with it), or {@code none}. */
  static String decidingRule(Verdict verdict) {
    for (Finding finding : verdict.findings()) {
      if (finding.action() == verdict.action()) {
        return finding.ruleId();
      }
    }
    return "none";
  }
}
