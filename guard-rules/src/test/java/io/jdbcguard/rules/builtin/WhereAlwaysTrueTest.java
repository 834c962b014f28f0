package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertClean;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhereAlwaysTrueTest {

  private static final String RULE = "where-always-true";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE 1=1",
    "DELETE FROM t WHERE TRUE",
    "DELETE FROM t WHERE 'a'='a'",
    "DELETE FROM t WHERE NOT FALSE",
    "DELETE FROM t WHERE 2>1",
    "DELETE FROM t WHERE 1+1=2",
    "DELETE FROM t WHERE (1=1)",
    "DELETE FROM t WHERE ((1=1))",
    "DELETE FROM t WHERE id = id",
    "DELETE FROM t WHERE x >= x",
    "DELETE FROM t WHERE t.id = t.id",
    "DELETE FROM t WHERE id = 5 OR 1 = 1",
    "DELETE FROM t WHERE (id = 5) OR (1 = 1)",
    "DELETE FROM t WHERE 1 IN (1)",
    "DELETE FROM t WHERE EXISTS (SELECT 1)",
    "DELETE FROM t WHERE 1 = 1 AND 2 = 2",
    "DELETE FROM t WHERE NOT (1 = 0)",
    "DELETE FROM t WHERE -1 < 2",
    "DELETE FROM t WHERE 1 <> 2",
    "DELETE FROM t WHERE 2 BETWEEN 1 AND 3",
    "DELETE FROM t WHERE NULL IS NULL",
    "DELETE FROM t WHERE ?",
    "UPDATE t SET a = 1 WHERE 1=1",
    "UPDATE t SET a = 1 WHERE id = id",
    "UPDATE t SET a = 1 WHERE id = 3 OR TRUE",
  })
  void blocksConditionsThatMatchEveryRow(String sql) {
    assertBlocks(RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t USING u WHERE u.flag = true",
    "DELETE FROM t USING u WHERE u.id = 5",
    "UPDATE t SET a = 1 FROM u WHERE u.id = 5",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.x = 1)",
  })
  void blocksConditionsThatIgnoreTheTarget(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELETE FROM t WHERE 1", "UPDATE t SET a = 1 WHERE 1"})
  void blocksMysqlNumericTruth(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5 AND 1 = 1",
    "DELETE FROM t WHERE 1 = 1 AND id = 5",
    "DELETE FROM t WHERE id = 5",
    "DELETE FROM t WHERE id IN (1, 2, 3)",
    "DELETE FROM t WHERE id BETWEEN 1 AND 10",
    "DELETE FROM t WHERE t.created_at < now() - interval '30 days'",
    "DELETE FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id)",
    "DELETE FROM t WHERE id IN (SELECT t_id FROM u WHERE u.flag)",
    "DELETE FROM t USING u WHERE t.u_id = u.id AND u.flag",
    "UPDATE t SET a = u.a FROM u WHERE u.id = t.id",
    "DELETE FROM t WHERE id = 5 OR id = 6",
    "DELETE FROM t WHERE a = 1 AND (b = 2 OR 1 = 1)",
    "DELETE FROM t WHERE id <> id",
    "DELETE FROM t WHERE lower(name) = lower(name) AND id = 3",
    "DELETE FROM t x WHERE x.id = 4",
  })
  void allowsConditionsThatLimitRows(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.t1_id WHERE t2.flag = 1",
    "UPDATE t1 JOIN t2 ON t1.id = t2.t1_id SET t1.a = 1 WHERE t2.flag = 1",
    "DELETE FROM t WHERE id = 5 LIMIT 1",
  })
  void allowsMysqlJoinsThatCorrelateTheTarget(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }
}
