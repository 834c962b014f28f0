package io.jdbcguard.rules;

import java.util.List;

/**
 * Decides whether one SQL string may run. Thread-safe; create one per policy and share it.
 *
 * <p>{@link #check(String)} never throws for any input: unparseable, oversized or pathological
 * SQL comes back as a {@link Action#BLOCK} verdict with a reason. Verdicts are cached by the exact
 * SQL text, so a repeated statement costs one map lookup.
 */
public final class GuardEngine {

  private final Policy policy;

  private GuardEngine(Policy policy) {
    this.policy = policy;
  }

  /**
   * Creates an engine for a policy.
   *
   * @throws IllegalArgumentException if the policy overrides a rule id that does not exist
   */
  public static GuardEngine create(Policy policy) {
    return new GuardEngine(policy);
  }

  /** The default {@code agent} profile for a dialect. */
  public static GuardEngine forDialect(Dialect dialect) {
    return create(Policy.defaults(dialect));
  }

  public Policy policy() {
    return policy;
  }

  /** The verdict for the string of one JDBC execute call. Never throws, never returns null. */
  public Verdict check(String sql) {
    throw new UnsupportedOperationException("engine not implemented yet");
  }

  /**
   * Splits a script into statements the way the dialect's own client would (string literals,
   * quoted identifiers, comments and dollar quotes are respected). Comment-only and empty pieces
   * are dropped.
   */
  public List<ScriptStatement> split(String script) {
    throw new UnsupportedOperationException("splitter not implemented yet");
  }
}
