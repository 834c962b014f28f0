package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisableTriggerTest {

  private static final String RULE = "disable-trigger";

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t DISABLE TRIGGER ALL",
    "ALTER TABLE t DISABLE TRIGGER tr",
    "ALTER TABLE t DISABLE TRIGGER USER",
    "ALTER TABLE t DISABLE RULE r",
    "ALTER TABLE t DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE t NO FORCE ROW LEVEL SECURITY",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t ENABLE TRIGGER ALL",
    "ALTER TABLE t ENABLE ROW LEVEL SECURITY",
    "SELECT 'DISABLE TRIGGER'",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ALTER TABLE t ENABLE REPLICA TRIGGER tr",
    "ALTER TABLE t ENABLE ALWAYS TRIGGER tr",
    "ALTER TABLE t ENABLE REPLICA RULE r",
    "ALTER TABLE t ENABLE ALWAYS RULE r",
    "ALTER TABLE t ADD COLUMN c int, ENABLE REPLICA TRIGGER ALL",
  })
  void flagsTriggersMovedToReplicaSessions(String sql) {
    RuleAssertions.assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ALTER TABLE t ENABLE TRIGGER tr", "ALTER TABLE t ENABLE RULE r",
      "ALTER TABLE t ENABLE ROW LEVEL SECURITY"})
  void allowsPlainEnable(String sql) {
    RuleAssertions.assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
