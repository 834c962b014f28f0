package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NullComparisonTest {

  private static final String RULE = "null-comparison";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM orders WHERE user_id = NULL",
    "DELETE FROM orders WHERE NULL = user_id",
    "DELETE FROM orders WHERE user_id <> NULL",
    "DELETE FROM orders WHERE user_id != NULL",
    "DELETE FROM orders WHERE user_id IN (NULL)",
    "DELETE FROM orders WHERE user_id NOT IN (1, NULL)",
    "UPDATE orders SET a = 1 WHERE b = NULL",
    "SELECT * FROM orders WHERE user_id = NULL",
    "SELECT * FROM orders WHERE id = 1 AND (user_id = (NULL))",
    "SELECT CASE WHEN a = NULL THEN 1 END FROM orders",
    "UPDATE orders SET a = (SELECT 1 FROM u WHERE u.x = NULL) WHERE id = 1",
    "SELECT * FROM a JOIN b ON a.x = NULL",
  })
  void blocksComparisonsWithNull(String sql) {
    assertBlocks(RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE orders SET x = NULL WHERE id = 1",
    "UPDATE orders SET x = NULL, y = NULL WHERE id = 1",
    "DELETE FROM orders WHERE user_id IS NULL",
    "DELETE FROM orders WHERE user_id IS NOT NULL AND id = 3",
    "SELECT 'x = NULL'",
    "SELECT * FROM orders WHERE note = 'NULL'",
    "SELECT NULL",
    "SELECT COALESCE(a, NULL) FROM orders",
    "INSERT INTO orders (a) VALUES (NULL)",
  })
  void allowsAssignmentsAndIsNull(String sql) {
    assertClean(sql);
  }
}
