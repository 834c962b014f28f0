package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptVerdict;
import io.jdbcguard.rules.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test helpers for the migration rules: engines with the {@code migration} profile. */
final class Migrations {

  private static final Map<Dialect, GuardEngine> ENGINES = new EnumMap<>(Dialect.class);

  static {
    for (Dialect d : Dialect.values()) {
      ENGINES.put(d, GuardEngine.create(Policy.builder().dialect(d).profile(Profile.MIGRATION).build()));
    }
  }

  private Migrations() {}

  static GuardEngine engine(Dialect dialect) {
    return ENGINES.get(dialect);
  }

  /**
   * The statement alone (the driver's path) gets a blocking finding of {@code ruleId} in the
   * migration profile, whose message names the rule, and none of it in the agent profile.
   */
  static void assertBlocks(Dialect dialect, String ruleId, String sql) {
    Verdict v = engine(dialect).check(sql);
    assertThat(v.findings())
        .as("findings for <%s> (%s, migration)", sql, dialect)
        .filteredOn(f -> f.ruleId().equals(ruleId))
        .isNotEmpty()
        .allMatch(f -> f.action() == Action.BLOCK);
    assertThat(v.action()).isEqualTo(Action.BLOCK);
    assertThat(v.message()).contains("[" + ruleId + "]");
    assertThat(RuleAssertions.check(dialect, sql).ruleIds())
        .as("agent profile must not run %s on <%s>", ruleId, sql)
        .doesNotContain(ruleId);
  }

  /** The rule says nothing about the statement alone in the migration profile. */
  static void assertSilent(Dialect dialect, String ruleId, String sql) {
    assertThat(engine(dialect).check(sql).ruleIds())
        .as("findings for <%s> (%s, migration)", sql, dialect)
        .doesNotContain(ruleId);
  }

  /** The rule ids of each statement of the script, in order. */
  static List<List<String>> scriptRuleIds(Dialect dialect, String script) {
    return engine(dialect).checkScript(script).stream()
        .map(ScriptVerdict::verdict)
        .map(v -> v.findings().stream().map(Finding::ruleId).distinct().toList())
        .toList();
  }

  /** In the script, the last statement gets a finding of the rule and no earlier one does. */
  static void assertScriptBlocksLast(Dialect dialect, String ruleId, String script) {
    List<List<String>> ids = scriptRuleIds(dialect, script);
    assertThat(ids).as("script <%s>", script).isNotEmpty();
    assertThat(ids.get(ids.size() - 1)).as("last statement of <%s>", script).contains(ruleId);
    for (List<String> earlier : ids.subList(0, ids.size() - 1)) {
      assertThat(earlier).as("earlier statements of <%s>", script).doesNotContain(ruleId);
    }
  }

  /** No statement of the script gets a finding of the rule. */
  static void assertScriptSilent(Dialect dialect, String ruleId, String script) {
    assertThat(scriptRuleIds(dialect, script))
        .as("script <%s>", script)
        .allSatisfy(ids -> assertThat(ids).doesNotContain(ruleId));
  }
}
