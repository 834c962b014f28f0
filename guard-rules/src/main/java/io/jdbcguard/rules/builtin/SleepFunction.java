package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import java.util.Set;

/**
 * Deliberate delays and CPU burners: {@code pg_sleep}, {@code pg_sleep_for}, {@code
 * pg_sleep_until}, MySQL's {@code SLEEP()} and {@code BENCHMARK()}. A warning by default: load
 * tests use them on purpose.
 */
final class SleepFunction implements Rule {

  private static final Set<String> NAMES =
      Set.of("pg_sleep", "pg_sleep_for", "pg_sleep_until", "sleep", "benchmark");

  @Override
  public String id() {
    return "sleep-function";
  }

  @Override
  public Action defaultAction() {
    return Action.WARN;
  }

  @Override
  public void check(StatementContext s, Report report) {
    FunctionCalls.forEach(
        s,
        (name, at) -> {
          if (NAMES.contains(name)) {
            report.add(
                FunctionCalls.callText(s, at),
                name + "() holds a connection (and any locks) doing nothing, or burns CPU; in a"
                    + " loop it is a denial of service.",
                "Wait in the application instead, and keep transactions short.");
          }
        });
  }
}
