package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateWithoutWhereTest {

  private static final String RULE = "update-without-where";

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE orders SET status = 'x'",
    "UPDATE orders SET status = NULL",
    "update orders set a = a + 1, b = 2",
    "UPDATE orders o SET status = 'x' RETURNING *",
  })
  void blocksUpdateWithoutWhere(String sql) {
    assertBlocks(RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE orders SET status = c.status FROM customers c",
    "WITH u AS (UPDATE orders SET a = 1 RETURNING *) SELECT * FROM u",
    "EXPLAIN ANALYZE UPDATE orders SET a = 1",
  })
  void blocksPostgresForms(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = 1",
    "UPDATE orders SET a = 1 LIMIT 10",
    "UPDATE orders SET a = 1 ORDER BY id LIMIT 10",
  })
  void blocksMysqlForms(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE orders SET status = 'x' WHERE id = 1",
    "UPDATE orders SET x = NULL WHERE id = 1",
    "UPDATE orders SET status = ? WHERE id = ?",
    "UPDATE orders SET a = c.a FROM customers c WHERE c.id = orders.customer_id",
    "INSERT INTO orders (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status",
    "SELECT 'UPDATE orders SET a = 1'",
  })
  void allowsNearMisses(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "INSERT INTO orders (id, a) VALUES (1, 2) ON DUPLICATE KEY UPDATE a = VALUES(a)",
    "UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = 1 WHERE t2.b = 5",
  })
  void allowsMysqlNearMisses(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }
}
