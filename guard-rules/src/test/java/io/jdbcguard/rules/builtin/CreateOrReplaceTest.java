package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateOrReplaceTest {

  private static final String RULE = "create-or-replace";

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE OR REPLACE VIEW v AS SELECT 1",
    "CREATE OR REPLACE TABLE t (id int)",
  })
  void flags(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CREATE VIEW v AS SELECT 1",
    "CREATE TABLE IF NOT EXISTS t (id int)",
    "SELECT replace(a, 'x', 'y') FROM t",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
