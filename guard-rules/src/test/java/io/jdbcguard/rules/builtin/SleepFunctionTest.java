package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertFlags;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SleepFunctionTest {

  private static final String RULE = "sleep-function";

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT pg_sleep(10)",
    "SELECT pg_sleep_for('5 minutes')",
    "SELECT a FROM t WHERE id = 1 AND pg_sleep(1) IS NOT NULL",
    "SELECT PG_SLEEP(1)",
  })
  void warnsOnPostgresSleeps(String sql) {
    assertFlags(Dialect.POSTGRES, RULE, Action.WARN, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT sleep(1)",
    "SELECT benchmark(1000000, md5('a'))",
    "SELECT a FROM t WHERE id = 1 OR SLEEP(5)",
  })
  void warnsOnMySqlSleeps(String sql) {
    assertFlags(Dialect.MYSQL, RULE, Action.WARN, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT 'pg_sleep(1)'",
    "SELECT sleepy FROM t WHERE id = 1",
    "SELECT pg_sleep_log FROM t",
    "SELECT now()",
  })
  void allowsNearMisses(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
    assertSilent(Dialect.MYSQL, RULE, sql);
  }
}
