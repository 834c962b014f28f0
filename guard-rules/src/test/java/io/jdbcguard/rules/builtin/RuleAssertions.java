package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Verdict;
import java.util.EnumMap;
import java.util.Map;

/** Test helpers: SQL in, expectation about one rule out. */
final class RuleAssertions {

  private static final Map<Dialect, GuardEngine> ENGINES = new EnumMap<>(Dialect.class);

  static {
    for (Dialect d : Dialect.values()) {
      ENGINES.put(d, GuardEngine.forDialect(d));
    }
  }

  private RuleAssertions() {}

  static Verdict check(Dialect dialect, String sql) {
    return ENGINES.get(dialect).check(sql);
  }

  /** The statement gets a finding from {@code ruleId} with the given action. */
  static void assertFlags(Dialect dialect, String ruleId, Action action, String sql) {
    Verdict v = check(dialect, sql);
    assertThat(v.findings())
        .as("%s findings for <%s> (%s)", ruleId, sql, dialect)
        .extracting(Finding::ruleId)
        .contains(ruleId);
    assertThat(v.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().get().action())
        .isEqualTo(action);
    assertThat(v.action()).isGreaterThanOrEqualTo(action);
  }

  static void assertBlocks(Dialect dialect, String ruleId, String sql) {
    assertFlags(dialect, ruleId, Action.BLOCK, sql);
    assertThat(check(dialect, sql).message()).contains("[" + ruleId + "]");
  }

  /** In both PostgreSQL and MySQL. */
  static void assertBlocks(String ruleId, String sql) {
    assertBlocks(Dialect.POSTGRES, ruleId, sql);
    assertBlocks(Dialect.MYSQL, ruleId, sql);
  }

  /** The rule says nothing about the statement (other rules may). */
  static void assertSilent(Dialect dialect, String ruleId, String sql) {
    assertThat(check(dialect, sql).findings())
        .as("findings for <%s> (%s)", sql, dialect)
        .extracting(Finding::ruleId)
        .doesNotContain(ruleId);
  }

  /** The statement is allowed with no finding at all, in the dialect. */
  static void assertClean(Dialect dialect, String sql) {
    Verdict v = check(dialect, sql);
    assertThat(v.findings()).as("findings for <%s> (%s): %s", sql, dialect, v.message()).isEmpty();
    assertThat(v.action()).isEqualTo(Action.ALLOW);
  }

  /** Allowed with no finding in both PostgreSQL and MySQL. */
  static void assertClean(String sql) {
    assertClean(Dialect.POSTGRES, sql);
    assertClean(Dialect.MYSQL, sql);
  }
}
