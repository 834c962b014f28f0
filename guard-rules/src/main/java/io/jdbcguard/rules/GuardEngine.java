package io.jdbcguard.rules;

import io.jdbcguard.rules.builtin.BuiltinRules;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Decides whether one SQL string may run. Thread-safe; create one per policy and share it.
 *
 * <p>{@link #check(String)} never throws for any input: unparseable, oversized or pathological
 * SQL comes back as a {@link Action#BLOCK} verdict with a reason. Verdicts are cached by the exact
 * SQL text, so a repeated statement costs one map lookup.
 */
public final class GuardEngine {

  private final Policy policy;
  private final List<Rule> rules;
  private final Map<String, Action> actions;
  private final StatementParser parser;
  private final VerdictCache cache;

  private GuardEngine(Policy policy, List<Rule> rules) {
    this.policy = policy;
    this.rules = rules;
    this.parser = new StatementParser(policy.parseTimeout());
    this.cache = new VerdictCache(policy.cacheSize());
    Map<String, Action> resolved = new HashMap<>();
    for (Rule r : rules) {
      resolved.put(r.id(), policy.ruleActions().getOrDefault(r.id(), r.defaultAction()));
    }
    for (String id : policy.ruleActions().keySet()) {
      if (!resolved.containsKey(id)) {
        throw new IllegalArgumentException(
            "unknown rule id '" + id + "'; known rule ids: " + String.join(", ", new TreeSet<>(resolved.keySet())));
      }
    }
    this.actions = Map.copyOf(resolved);
  }

  /**
   * Creates an engine for a policy.
   *
   * @throws IllegalArgumentException if the policy overrides a rule id that does not exist
   */
  public static GuardEngine create(Policy policy) {
    return new GuardEngine(policy, BuiltinRules.all());
  }

  /** The default {@code agent} profile for a dialect. */
  public static GuardEngine forDialect(Dialect dialect) {
    return create(Policy.defaults(dialect));
  }

  /** The ids of every rule this engine runs, in report order. */
  public List<String> ruleIds() {
    return rules.stream().map(Rule::id).toList();
  }

  public Policy policy() {
    return policy;
  }

  /** The verdict for the string of one JDBC execute call. Never throws, never returns null. */
  public Verdict check(String sql) {
    if (sql == null) {
      return failClosed("", "there is no SQL text (null)");
    }
    Verdict v = cache.get(sql);
    if (v == null) {
      v = decide(sql);
      cache.put(sql, v);
    }
    return v;
  }

  private Verdict decide(String sql) {
    try {
      return new StatementAnalyzer(this, sql).run();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failClosed(sql, "the analysis failed with " + e.getClass().getSimpleName());
    }
  }

  private Verdict failClosed(String sql, String why) {
    Finding f = new Finding("unparseable", actionFor("unparseable"), sql,
        "The guard could not analyse this statement (" + why + "), so it cannot tell whether it is safe.",
        "Send plain, complete SQL text.");
    return Verdict.of(List.of(f), List.of(StatementKind.OTHER), "");
  }

  /**
   * Splits a script into statements the way the dialect's own client would (string literals,
   * quoted identifiers, comments and dollar quotes are respected). Comment-only and empty pieces
   * are dropped.
   */
  public List<ScriptStatement> split(String script) {
    return SqlSplitter.splitScript(script == null ? "" : script, policy.dialect());
  }

  List<Rule> rules() {
    return rules;
  }

  Action actionFor(Rule rule) {
    return actions.get(rule.id());
  }

  Action actionFor(String ruleId) {
    return actions.getOrDefault(ruleId, Action.BLOCK);
  }

  StatementParser parser() {
    return parser;
  }
}
