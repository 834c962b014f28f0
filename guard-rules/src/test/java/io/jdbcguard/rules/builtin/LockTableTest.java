package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockTableTest {

  private static final String RULE = "lock-table";

  @ParameterizedTest
  @ValueSource(strings = {
    "LOCK TABLE t IN ACCESS EXCLUSIVE MODE",
    "LOCK TABLE t",
    "LOCK t IN EXCLUSIVE MODE",
    "LOCK TABLE t, u IN ACCESS EXCLUSIVE MODE NOWAIT",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "LOCK TABLE t IN SHARE MODE",
    "LOCK TABLE t IN ROW EXCLUSIVE MODE",
    "LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE",
    "SELECT * FROM t FOR UPDATE",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
