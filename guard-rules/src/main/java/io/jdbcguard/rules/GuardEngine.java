package io.jdbcguard.rules;

import io.jdbcguard.rules.builtin.BuiltinRules;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementParser;
import java.util.ArrayList;
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
public final class GuardEngine implements AutoCloseable {

  private final Policy policy;
  private final List<Rule> rules;
  private final Map<String, Action> actions;
  private final StatementParser parser;
  private final VerdictCache cache;
  /** True when a rule that runs in this policy reads the script state. */
  private final boolean tracksScript;

  private GuardEngine(Policy policy, List<Rule> rules) {
    this.policy = policy;
    this.rules = rules;
    this.parser = new StatementParser(policy.parseTimeout());
    this.cache = new VerdictCache(policy.cacheSize());
    Map<String, Action> resolved = new HashMap<>();
    for (Rule r : rules) {
      resolved.put(r.id(), policy.ruleActions().getOrDefault(r.id(), policy.profile().actionFor(r)));
    }
    for (String id : policy.ruleActions().keySet()) {
      if (!resolved.containsKey(id)) {
        throw new IllegalArgumentException(
            "unknown rule id '" + id + "'; known rule ids: " + String.join(", ", new TreeSet<>(resolved.keySet())));
      }
    }
    this.actions = Map.copyOf(resolved);
    this.tracksScript = rules.stream()
        .anyMatch(r -> r.usesScriptState() && actions.get(r.id()) != Action.ALLOW);
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
      return new StatementAnalyzer(this, sql, ScriptState.UNKNOWN, tracksScript).run();
    } catch (RuntimeException | StackOverflowError e) {
      return failClosed(sql, "the analysis failed with " + e.getClass().getSimpleName());
    }
  }

  /**
   * The verdict for one execute call's string in a known script state, and the state after it:
   * what a caller that sees a migration one statement at a time (a driver connection, a migration
   * tool's callback) uses to get the same verdicts as {@link #checkScript(String)}. Start from
   * {@link ScriptState#UNKNOWN} (plus {@link ScriptState#withTransactionOpen(boolean)} when the
   * caller knows a transaction is open). Not cached: the verdict depends on the state. In a policy
   * whose rules do not read the state this is {@link #check(String)} and the state is returned
   * unchanged. Never throws.
   */
  public ScriptStep checkStep(String sql, ScriptState before) {
    ScriptState state = before == null ? ScriptState.UNKNOWN : before;
    if (!tracksScript || sql == null) {
      return new ScriptStep(check(sql), state);
    }
    try {
      StatementAnalyzer analyzer = new StatementAnalyzer(this, sql, state, true);
      Verdict v = analyzer.run();
      return new ScriptStep(v, analyzer.state());
    } catch (RuntimeException | StackOverflowError e) {
      return new ScriptStep(failClosed(sql, "the analysis failed with " + e.getClass().getSimpleName()), state);
    }
  }

  /** True when this policy runs a rule that reads {@link StatementContext#script()}. */
  public boolean tracksScriptState() {
    return tracksScript;
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

  /**
   * Checks every statement of a script, in order, as the CLI and the test assertions do. Not
   * cached: a statement's verdict may depend on the statements before it (a table created earlier
   * in the script, an open {@code BEGIN}, DDL elsewhere in the script), which the migration rules
   * read from the script state. Reviewed opt-out comments ({@code -- jdbc-guard:allow <rule-id>
   * <reason>} on the lines before a statement, inside it, or after it on the line where it ends)
   * remove that rule's findings from that statement's verdict and are listed as {@link
   * Suppression}s; an opt-out without a reason or naming an unknown rule is itself an {@code
   * invalid-opt-out} finding. Opt-outs exist only here: {@link #check(String)}, the driver's path,
   * ignores comments.
   */
  public List<ScriptVerdict> checkScript(String script) {
    String text = script == null ? "" : script;
    List<ScriptStatement> statements = split(text);
    List<List<OptOuts.OptOut>> optOuts = OptOuts.of(text, statements, policy.dialect());
    ScriptState state = ScriptState.UNKNOWN;
    if (tracksScript) {
      for (ScriptStatement s : statements) {
        state = StatementAnalyzer.withChanges(state, s.sql(), policy.dialect());
      }
    }
    List<ScriptVerdict> out = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      ScriptStatement s = statements.get(i);
      ScriptStep step = checkStep(s.sql(), state);
      state = step.after();
      out.add(OptOuts.apply(this, s, step.verdict(), optOuts.get(i)));
    }
    return out;
  }

  /**
   * Stops the engine's parse threads (the parse watchdog and the long-statement pool, which start on
   * first use and end by themselves when idle). Afterwards cached verdicts still answer, and any
   * statement that needs a parse is blocked as unparseable. Idempotent.
   */
  @Override
  public void close() {
    parser.close();
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
