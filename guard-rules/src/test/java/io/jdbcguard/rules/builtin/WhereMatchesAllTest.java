package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhereMatchesAllTest {

  private static final String RULE = "where-matches-all";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id IS NOT NULL",
    "DELETE FROM t WHERE name LIKE '%'",
    "DELETE FROM t WHERE name LIKE '%%'",
    "DELETE FROM t WHERE id > 0",
    "DELETE FROM t WHERE id >= 0",
    "DELETE FROM t WHERE id >= 1",
    "DELETE FROM t WHERE pk > 0",
    "DELETE FROM t WHERE user_id > -1",
    "DELETE FROM t WHERE id IN (SELECT id FROM t)",
    "DELETE FROM t WHERE id <> 0",
    "DELETE FROM t WHERE id != -1",
    "DELETE FROM t WHERE id = 1 OR id IS NOT NULL",
    "UPDATE t SET a = 1 WHERE id IS NOT NULL AND name LIKE '%'",
  })
  void blocksConditionsMatchingAlmostEverything(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id IS NOT NULL AND id = 3",
    "DELETE FROM t WHERE name LIKE 'a%'",
    "DELETE FROM t WHERE id > 100",
    "DELETE FROM t WHERE amount > 0",
    "DELETE FROM t WHERE id <> 5",
    "DELETE FROM t WHERE status <> 0",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE expired)",
    "DELETE FROM t WHERE id IN (SELECT t_id FROM u)",
    "SELECT * FROM t WHERE id IS NOT NULL",
  })
  void allowsSelectiveConditions(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }
}
