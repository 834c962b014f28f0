package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruncateTest {

  private static final String RULE = "truncate";

  @ParameterizedTest
  @ValueSource(strings = {
    "TRUNCATE t",
    "TRUNCATE TABLE a, b RESTART IDENTITY CASCADE",
    "TRUNCATE ONLY t",
    "truncate table t",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'TRUNCATE t'",
    "SELECT truncate_at FROM t",
    "SELECT trunc(1.5)",
    "SELECT date_trunc('day', now())",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
