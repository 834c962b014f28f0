package io.jdbcguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MysqlPipesTest {

  @Test
  void spellsEveryPipeOperatorAsOr() {
    assertThat(MysqlPipes.asOr("DELETE FROM t WHERE id = 5 || 1"))
        .isEqualTo("DELETE FROM t WHERE id = 5  OR  1");
    assertThat(MysqlPipes.asOr("SELECT a||b||c FROM t")).isEqualTo("SELECT a OR b OR c FROM t");
  }

  @Test
  void leavesPipesInsideStringsAndQuotedIdentifiersAlone() {
    assertThat(MysqlPipes.asOr("UPDATE t SET note = 'a||b' WHERE id = 5"))
        .isEqualTo("UPDATE t SET note = 'a||b' WHERE id = 5");
    assertThat(MysqlPipes.asOr("SELECT `x||y` FROM t WHERE n = 'it''s || here'"))
        .isEqualTo("SELECT `x||y` FROM t WHERE n = 'it''s || here'");
    assertThat(MysqlPipes.asOr("SELECT 'a' || 'b'")).isEqualTo("SELECT 'a'  OR  'b'");
  }

  @Test
  void changesNothingWithoutPipes() {
    String sql = "SELECT a | b FROM t";
    assertThat(MysqlPipes.asOr(sql)).isSameAs(sql);
  }

  @Test
  void theEngineReadsPipesAsOrOnlyInTheMysqlDialect() {
    String sql = "DELETE FROM t WHERE id = 5 || 1";
    assertThat(GuardEngine.forDialect(Dialect.MYSQL).check(sql).action()).isEqualTo(Action.BLOCK);
    assertThat(GuardEngine.forDialect(Dialect.POSTGRES).check(sql).findings())
        .extracting(Finding::ruleId).doesNotContain("where-always-true");
  }
}
