package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DynamicSqlTest {

  private static final String RULE = "dynamic-sql";

  @ParameterizedTest
  @ValueSource(strings = {
    "EXECUTE stmt",
    "EXECUTE stmt(1, 2)",
    "EXECUTE 'DROP TABLE t'",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CALL p(1)",
    "{call p(?)}",
    "SELECT execute_at FROM t",
    "DEALLOCATE stmt",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
