package io.jdbcguard.rules.builtin;

import static io.jdbcguard.rules.builtin.RuleAssertions.assertBlocks;
import static io.jdbcguard.rules.builtin.RuleAssertions.assertSilent;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignSyntaxTest {

  private static final String RULE = "foreign-syntax";

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5 LIMIT 1",
    "DELETE FROM t WHERE created_at < now() ORDER BY id LIMIT 100",
    "UPDATE t SET a = 1 WHERE id > 5 LIMIT 10",
    "UPDATE t SET a = 1 WHERE id > 5 ORDER BY id",
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.t1_id WHERE t2.flag",
    "UPDATE t1 JOIN t2 ON t1.id = t2.t1_id SET t1.a = 1 WHERE t2.flag",
    "DELETE FROM t WHERE id IN ()",
    "SELECT * FROM t WHERE id NOT IN ()",
  })
  void blocksSyntaxPostgresqlRejects(String sql) {
    assertBlocks(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "UPDATE t SET a = 1 FROM u WHERE u.id = t.id",
    "UPDATE t SET a = u.a FROM u WHERE u.id = t.id AND u.flag = 1",
    "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
    "DELETE FROM t WHERE id IN ()",
  })
  void blocksSyntaxMysqlRejects(String sql) {
    assertBlocks(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5",
    "DELETE FROM t USING u WHERE t.id = u.t_id AND u.flag",
    "UPDATE t SET a = u.a FROM u WHERE u.id = t.id",
    "DELETE FROM t WHERE id IN (SELECT id FROM t WHERE flag ORDER BY id LIMIT 100)",
    "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a",
    "SELECT * FROM t ORDER BY id LIMIT 10",
  })
  void allowsPostgresqlSyntax(String sql) {
    assertSilent(Dialect.POSTGRES, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5 LIMIT 1",
    "DELETE FROM t WHERE created_at < now() ORDER BY id LIMIT 100",
    "UPDATE t SET a = 1 WHERE id > 5 ORDER BY id LIMIT 10",
    "DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.t1_id WHERE t2.flag = 1",
    "UPDATE t1 JOIN t2 ON t1.id = t2.t1_id SET t1.a = 1 WHERE t2.flag = 1",
    "DELETE FROM t WHERE id IN (1, 2)",
  })
  void allowsMysqlSyntax(String sql) {
    assertSilent(Dialect.MYSQL, RULE, sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DELETE FROM t WHERE id = 5 LIMIT 1",
    "UPDATE t SET a = 1 FROM u WHERE u.id = t.id",
  })
  void saysNothingInTheGenericDialect(String sql) {
    assertSilent(Dialect.GENERIC, RULE, sql);
  }
}
