package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteWithoutWhereTest {

  private static final String RULE = "delete-without-where";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM orders",
    "delete from orders",
    "DELETE FROM public.orders",
    "DELETE FROM orders;",
    "DELETE FROM orders RETURNING *",
    "DELETE FROM orders o",
    "/* cleanup */ DELETE FROM orders -- all of them",
  })
  void blocksDeleteWithoutWhere(String sql) {
    assertBlocks(RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM orders USING customers",
    "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d",
    "WITH d AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM d",
    "EXPLAIN ANALYZE DELETE FROM orders",
    "EXPLAIN (ANALYZE, BUFFERS) DELETE FROM orders",
    "PREPARE p AS DELETE FROM orders",
  })
  void blocksPostgresForms(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id",
    "DELETE FROM orders ORDER BY id LIMIT 10",
    "DELETE FROM orders LIMIT 10",
    "DELETE `orders` FROM `orders`",
    "ANALYZE DELETE FROM orders",
  })
  void blocksMysqlForms(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM orders WHERE id = 1",
    "DELETE FROM orders WHERE id = ?",
    "DELETE FROM orders WHERE created_at < now() - interval '30 days'",
    "SELECT 'DELETE FROM orders'",
    "SELECT * FROM orders -- DELETE FROM orders",
    "WITH d AS (DELETE FROM orders WHERE id = 1 RETURNING *) SELECT * FROM d",
    "EXPLAIN DELETE FROM orders",
    "SELECT delete_flag FROM orders",
  })
  void allowsNearMisses(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }
}
