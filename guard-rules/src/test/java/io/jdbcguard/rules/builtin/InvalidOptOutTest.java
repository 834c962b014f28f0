package io.jdbcguard.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.Policy;
import io.jdbcguard.rules.Profile;
import io.jdbcguard.rules.ScriptVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidOptOutTest {

  private static final String RULE = "invalid-opt-out";

  private static ScriptVerdict first(GuardEngine engine, String script) {
    return engine.checkScript(script).get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "-- jdbc-guard:allow drop-object\nDROP TABLE t;",
    "-- jdbc-guard:allow drop-object   \nDROP TABLE t;",
    "-- jdbc-guard:allow drop-object --\nDROP TABLE t;",
    "-- jdbc-guard:allow\nDROP TABLE t;",
    "-- jdbc-guard:allow drop_object old table\nDROP TABLE t;",
    "-- jdbc-guard:allow invalid-opt-out because\nDROP TABLE t;",
    "-- jdbc-guard:disable drop-object old table\nDROP TABLE t;",
    "/* jdbc-guard:allow */ DROP TABLE t;",
    "DROP TABLE t; -- JDBC-GUARD:ALLOW nonsense reason here",
  })
  void blocksOptOutsWithoutRuleOrReason(String script) {
    for (GuardEngine engine : new GuardEngine[] {
        GuardEngine.forDialect(Dialect.POSTGRES), Migrations.engine(Dialect.POSTGRES)}) {
      ScriptVerdict v = first(engine, script);
      assertThat(v.verdict().ruleIds()).as(script).contains(RULE).contains("drop-object");
      assertThat(v.verdict().action()).isEqualTo(Action.BLOCK);
      assertThat(v.suppressions()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "-- jdbc-guard:allow drop-object emptied in release 12\nDROP TABLE t;",
    "-- JDBC-GUARD:ALLOW DROP-OBJECT emptied in release 12\nDROP TABLE t;",
    "/*\n jdbc-guard:allow drop-object\n   emptied in release 12\n*/\nDROP TABLE t;",
    "-- a normal comment mentioning jdbc-guard:allow\nDROP TABLE t;",
    "-- jdbc-guard is great\nDROP TABLE t;",
    "SELECT '-- jdbc-guard:allow nothing'; DROP TABLE t;",
  })
  void isSilentOtherwise(String script) {
    assertThat(first(GuardEngine.forDialect(Dialect.POSTGRES), script).verdict().ruleIds())
        .doesNotContain(RULE);
  }

  @Test
  void isOffOnlyByAnExplicitOverride() {
    GuardEngine lenient = GuardEngine.create(Policy.builder().dialect(Dialect.POSTGRES)
        .profile(Profile.MIGRATION).rule(RULE, Action.WARN).build());
    ScriptVerdict v = first(lenient, "-- jdbc-guard:allow drop-object\nSELECT 1;");
    assertThat(v.verdict().action()).isEqualTo(Action.WARN);
    assertThat(GuardEngine.forDialect(Dialect.POSTGRES).ruleIds()).contains(RULE);
  }

  @Test
  void neverFiresOnAStatementAlone() {
    assertThat(GuardEngine.forDialect(Dialect.POSTGRES)
        .check("-- jdbc-guard:allow\nSELECT 1").findings()).isEmpty();
  }
}
