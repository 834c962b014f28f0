package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.sql.SqlLexer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserInputTest {

  private static String mysql(String sql) {
    return ParserInput.of(sql, SqlLexer.tokenize(sql, Dialect.MYSQL), Dialect.MYSQL);
  }

  private static String postgres(String sql) {
    return ParserInput.of(sql, SqlLexer.tokenize(sql, Dialect.POSTGRES), Dialect.POSTGRES);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "SELECT a INTO @x FROM t WHERE id = 1 | SELECT a INTO uservar_x FROM t WHERE id = 1",
    "SELECT a FROM t WHERE id = 1 INTO @x, @y | SELECT a FROM t WHERE id = 1",
    "SELECT * FROM t WHERE id = 1 LOCK IN SHARE MODE | SELECT * FROM t WHERE id = 1 FOR SHARE",
    "SELECT HIGH_PRIORITY * FROM t | SELECT * FROM t",
    "INSERT INTO t VALUES ROW(1, 2), ROW(3, 4) | INSERT INTO t VALUES (1, 2), (3, 4)",
    "SELECT a DIV 2, a MOD 2, MOD(a, 2) FROM t | SELECT a / 2, a % 2, MOD(a, 2) FROM t",
    "DELETE FROM t1 USING t1 JOIN t2 ON t1.id = t2.id WHERE t2.f = 1 | DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id WHERE t2.f = 1",
    "SELECT @@global.x | SELECT @@global.x",
  })
  void rewritesMysqlSpellingsTheParserLacks(String sql, String expected) {
    assertThat(mysql(sql)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "SELECT x FROM t ORDER BY x USING < | SELECT x FROM t ORDER BY x",
    "DELETE FROM ONLY t WHERE id = 1 | DELETE FROM t WHERE id = 1",
    "SELECT * FROM a JOIN b USING (id) | SELECT * FROM a JOIN b USING (id)",
    "{call p(?)} | call p(?)",
    "{? = call f(?)} | call f(?)",
    "SELECT * FROM {oj a LEFT JOIN b ON a.id = b.id} | SELECT * FROM a LEFT JOIN b ON a.id = b.id",
  })
  void rewritesPostgresAndJdbcSpellingsTheParserLacks(String sql, String expected) {
    assertThat(postgres(sql)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "SELECT * FROM t INTO OUTFILE '/tmp/x' | file-access",
    "DELETE FROM t1 USING t1 JOIN t2 ON t1.id = t2.id | delete-without-where",
    "SELECT a FROM t INTO @x; DROP TABLE t | drop-object",
  })
  void rewritesNeverHideAHazard(String sql, String rule) {
    assertThat(GuardEngine.forDialect(Dialect.MYSQL).check(sql).ruleIds()).contains(rule);
  }
}
