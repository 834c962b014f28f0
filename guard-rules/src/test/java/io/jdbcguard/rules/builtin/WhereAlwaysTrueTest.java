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

  @ParameterizedTest
  @ValueSource(strings = {
    // arithmetic identities on the same column
    "DELETE FROM t WHERE id = id + 0",
    "DELETE FROM t WHERE 0 + id = id",
    "DELETE FROM t WHERE x * 1 = x",
    "DELETE FROM t WHERE 1 * x = x - 0",
    "DELETE FROM t WHERE x / 1 = x",
    "DELETE FROM t WHERE +id = (id)",
    "DELETE FROM t WHERE a + b = b + a",
    "DELETE FROM t WHERE a * b >= b * a",
    "DELETE FROM t WHERE x || '' = x",
    // deterministic functions applied identically on both sides
    "DELETE FROM t WHERE lower(email) = lower(email)",
    "DELETE FROM t WHERE LOWER(t.email) = lower(email)",
    "DELETE FROM t WHERE coalesce(v, '') = coalesce(v, '')",
    "DELETE FROM t WHERE upper(trim(name)) = upper(trim(name))",
    "DELETE FROM t WHERE length(name) <= length(name)",
    "DELETE FROM t WHERE CAST(id AS text) = CAST(id AS text)",
    // NOT of a contradiction
    "DELETE FROM t WHERE NOT (id <> id)",
    "DELETE FROM t WHERE NOT (id != id)",
    "DELETE FROM t WHERE NOT (id < id)",
    "DELETE FROM t WHERE NOT (x > x + 0)",
    "DELETE FROM t WHERE NOT (id IS DISTINCT FROM id)",
    "DELETE FROM t WHERE NOT NOT (id = id)",
    "DELETE FROM t WHERE NOT (coalesce(x, 0) IS NULL)",
    // CASE, COALESCE, IS TRUE over always-true branches
    "DELETE FROM t WHERE CASE WHEN id > 0 THEN TRUE ELSE TRUE END",
    "DELETE FROM t WHERE CASE WHEN a THEN 1 = 1 ELSE id = id END",
    "DELETE FROM t WHERE CASE status WHEN 'a' THEN TRUE WHEN 'b' THEN TRUE ELSE TRUE END",
    "DELETE FROM t WHERE (id = id) IS NOT FALSE",
    "DELETE FROM t WHERE (id <> id) IS NOT TRUE",
    "DELETE FROM t WHERE coalesce(id = id, TRUE)",
    "DELETE FROM t WHERE coalesce(x, 0) IS NOT NULL",
    // a value in a list or range made of itself
    "DELETE FROM t WHERE id IN (1, id)",
    "DELETE FROM t WHERE id BETWEEN id AND id",
    // the same inside OR and in UPDATE
    "DELETE FROM t WHERE id = 5 OR lower(a) = lower(a)",
    "UPDATE t SET a = 1 WHERE id = id + 0",
    "UPDATE t SET a = 1 WHERE NOT (id <> id)",
  })
  void blocksConditionsThatAreTrueHoweverSpelled(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5 || 1",
    "DELETE FROM t WHERE id = 5 || TRUE",
    "DELETE FROM t WHERE (id = 5) || (id = id)",
    "DELETE FROM t WHERE name = 'a' || '1'",
    "DELETE FROM t WHERE id = 5 XOR 1",
    "DELETE FROM t WHERE TRUE XOR id = 5",
    "DELETE FROM t WHERE id <=> id",
    "DELETE FROM t WHERE t.id <=> `t`.`id`",
    "DELETE FROM t WHERE ifnull(v, '') = ifnull(v, '')",
    "DELETE FROM t WHERE IF(id > 3, TRUE, TRUE)",
    "DELETE FROM t WHERE '1'",
    "UPDATE t SET a = 1 WHERE id = 3 || 1 = 1",
  })
  void blocksMysqlSpellingsOfOrAndSelfComparison(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE x = x + 1",
    "DELETE FROM t WHERE x * 2 = x",
    "DELETE FROM t WHERE a + b = b + a + 1",
    "DELETE FROM t WHERE a - b = b - a",
    "DELETE FROM t WHERE lower(a) = lower(b)",
    "DELETE FROM t WHERE lower(a) = upper(a)",
    "DELETE FROM t WHERE coalesce(v, '') = coalesce(v, 'x')",
    "DELETE FROM t WHERE random() = random() AND id = 4",
    "DELETE FROM t WHERE NOT (id = 5)",
    "DELETE FROM t WHERE NOT (id IS NOT NULL)",
    "DELETE FROM t WHERE CASE WHEN id > 0 THEN TRUE ELSE FALSE END",
    "DELETE FROM t WHERE CASE WHEN id > 0 THEN TRUE END",
    "DELETE FROM t WHERE id IN (1, 2, 3)",
    "DELETE FROM t WHERE id = 5 OR (1 = 0)",
    "UPDATE t SET a = a + 0 WHERE id = 5",
    "UPDATE t SET a = 1 WHERE id = 5 AND NOT (id <> id)",
    // a WHERE that matches nothing changes nothing (an ORM's empty IN list)
    "DELETE FROM t WHERE false",
    "DELETE FROM t WHERE FALSE",
    "DELETE FROM t WHERE 1=0",
    "DELETE FROM t WHERE 1 = 0 AND id = 5",
    "DELETE FROM t WHERE NOT TRUE",
    "DELETE FROM t WHERE id <> id",
    "UPDATE t SET a = 1 WHERE 1 = 0",
    // parenthesised conditions are read inside the parentheses
    "DELETE FROM t WHERE (id = 5)",
    "DELETE FROM t USING u WHERE (t.id = u.id)",
    "UPDATE t SET a = 1 WHERE (id = 5 OR id = 6)",
    "UPDATE t SET a = 1 FROM u JOIN v ON v.u_id = u.id WHERE u.t_id = t.id AND v.flag",
  })
  void allowsNearMissesAndConditionsMatchingNothing(String sql) {
    assertClean(Dialect.POSTGRES, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE FALSE",
    "DELETE FROM t WHERE 1 = 0",
    "DELETE FROM t WHERE 1 XOR 1",
    "DELETE FROM t WHERE '0'",
    "UPDATE t SET note = 'a||b' WHERE id = 5",
    "DELETE FROM t WHERE name = 'x||y'",
    "DELETE FROM t WHERE name = 'a' || 'b'",
    // joins that reach the target through a chain, and targets named by alias
    "UPDATE t1 JOIN t2 ON t1.id = t2.t1_id JOIN t3 ON t3.id = t2.t3_id SET t1.x = 1 WHERE t3.flag = 1",
    "UPDATE t1 a JOIN t2 b ON a.id = b.t1_id JOIN t3 c ON c.id = b.t3_id SET a.x = 1 WHERE c.flag = 1",
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.t1_id JOIN t3 ON t3.id = t2.t3_id WHERE t3.flag = 1",
    "DELETE a FROM t1 AS a JOIN t2 AS b ON a.id = b.t1_id WHERE b.flag = 1",
    "DELETE a FROM t1 a JOIN t2 b ON a.id = b.t1_id WHERE (b.flag = 1)",
    "DELETE a, b FROM t1 a JOIN t2 b ON a.id = b.t1_id WHERE a.x = 1",
    "DELETE FROM a USING t1 a JOIN t2 b ON a.id = b.t1_id WHERE b.flag = 1",
    "DELETE `a` FROM `t1` `a` JOIN `t2` `b` ON `a`.`id` = `b`.`t1_id` WHERE `b`.`flag` = 1",
  })
  void allowsMysqlNearMisses(String sql) {
    assertClean(Dialect.MYSQL, sql);
  }

  @org.junit.jupiter.api.Test
  void findsTheTrueBranchOfALongOrChainWhereverItStands() {
    StringBuilder tail = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      tail.append(" OR id = ").append(i);
    }
    assertBlocks(RULE, "DELETE FROM t WHERE 1 = 1" + tail);
    assertBlocks(RULE, "DELETE FROM t WHERE lower(a) = lower(a)" + tail);
    assertBlocks(RULE, "UPDATE t SET a = 1 WHERE (id = 7" + tail + ") OR id = id + 0");
    assertClean(Dialect.POSTGRES, "DELETE FROM t WHERE id = -1" + tail);
  }
}
