package io.jdbcguard.driver.audit;

import io.jdbcguard.rules.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The guard's meters in a Micrometer registry. Every tag has a small, fixed set of values (actions,
 * rule ids, outcomes), never SQL; meters are looked up once per tag combination and cached.
 *
 * <ul>
 *   <li>{@value #DECISIONS} (timer): every decision, its count and the time the engine took; tags
 *       {@code action} (allow, warn, block, dry-run) and {@code rule} (the deciding rule id, {@code
 *       none} when nothing was found).
 *   <li>{@value #MEASURED_WRITES} (counter): writes measured in a savepoint (row limit, dry run,
 *       sandbox); tags {@code outcome} (dry-run, sandboxed, refused, over-limit) and {@code rule}
 *       (row-limit, cannot-roll-back or none).
 *   <li>{@value #ROW_LIMIT_REFUSALS} (counter): writes refused because they changed more rows than
 *       {@code guard.maxAffectedRows}.
 *   <li>{@value #DRY_RUNS} (counter): dry runs; tag {@code outcome} (dry-run: within the limits and
 *       then run; refused; sandboxed).
 * </ul>
 */
final class MicrometerDecisionMeters implements DecisionMeters {

  static final String DECISIONS = "jdbc.guard.decisions";
  static final String MEASURED_WRITES = "jdbc.guard.measured.writes";
  static final String ROW_LIMIT_REFUSALS = "jdbc.guard.row.limit.refusals";
  static final String DRY_RUNS = "jdbc.guard.dry.runs";

  private final MeterRegistry registry;
  private final ConcurrentMap<String, Timer> decisions = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  MicrometerDecisionMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  static DecisionMeters global() {
    return new MicrometerDecisionMeters(Metrics.globalRegistry);
  }

  @Override
  public void decided(String action, Verdict verdict, long nanos) {
    String rule = DecisionMeters.decidingRule(verdict);
    decisions
        .computeIfAbsent(action + '|' + rule, key -> decisionTimer(action, rule))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void measured(String outcome, String rule, boolean dryRun) {
    String ruleTag = rule == null ? "none" : rule;
    counter(MEASURED_WRITES, outcome, ruleTag).increment();
    if ("refused".equals(outcome) && "row-limit".equals(rule)) {
      counter(ROW_LIMIT_REFUSALS, null, null).increment();
    }
    if (dryRun) {
      counter(DRY_RUNS, outcome, null).increment();
    }
  }

  private Timer decisionTimer(String action, String rule) {
    return Timer.builder(DECISIONS)
        .description("Statements the guard decided on, and the time it took, by action and rule")
        .tag("action", action)
        .tag("rule", rule)
        .register(registry);
  }

  private Counter counter(String name, String outcome, String rule) {
    String key = name + '|' + outcome + '|' + rule;
    Counter counter = counters.get(key);
    if (counter == null) {
      counter = counters.computeIfAbsent(key, k -> newCounter(name, outcome, rule));
    }
    return counter;
  }

  private Counter newCounter(String name, String outcome, String rule) {
    Counter.Builder builder = Counter.builder(name).description(description(name));
    if (outcome != null) {
      builder.tag("outcome", outcome);
    }
    if (rule != null) {
      builder.tag("rule", rule);
    }
    return builder.register(registry);
  }

  private static String description(String name) {
    switch (name) {
      case MEASURED_WRITES:
        return "Writes the guard measured inside a savepoint, by outcome and rule";
      case ROW_LIMIT_REFUSALS:
        return "Writes refused for changing more rows than guard.maxAffectedRows";
      default:
        return "Writes the guard rehearsed in a dry run, by outcome";
    }
  }
}
