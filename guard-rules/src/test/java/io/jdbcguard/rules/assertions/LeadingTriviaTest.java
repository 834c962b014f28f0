package io.jdbcguard.rules.assertions;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import org.junit.jupiter.api.Test;

class LeadingTriviaTest {

  @Test
  void pointsAtTheKeywordPastBlankLinesAndComments() {
    String sql = "\n\n-- incident 2: the agent dropped the table\n/* really */ DROP TABLE orders";

    assertThat(LeadingTrivia.codeLine(sql, 10, Dialect.GENERIC)).isEqualTo(13);
    assertThat(LeadingTrivia.code(sql, Dialect.GENERIC)).isEqualTo("DROP TABLE orders");
  }

  @Test
  void keepsTheLineOfAStatementWithoutLeadingTrivia() {
    assertThat(LeadingTrivia.codeLine("SELECT 1\n", 4, Dialect.POSTGRES)).isEqualTo(4);
  }

  @Test
  void countsWindowsLineEndingsOnce() {
    assertThat(LeadingTrivia.codeLine("\r\n-- x\r\nSELECT 1", 1, Dialect.GENERIC)).isEqualTo(3);
  }

  @Test
  void skipsNestedBlockCommentsOnlyInPostgres() {
    String sql = "/* a /* b */ c */ SELECT 1";

    assertThat(LeadingTrivia.code(sql, Dialect.POSTGRES)).isEqualTo("SELECT 1");
    assertThat(LeadingTrivia.code(sql, Dialect.MYSQL)).isEqualTo("c */ SELECT 1");
  }

  @Test
  void treatsHashCommentsAsCommentsOnlyInMysql() {
    assertThat(LeadingTrivia.code("# note\nSELECT 1", Dialect.MYSQL)).isEqualTo("SELECT 1");
    assertThat(LeadingTrivia.code("# note\nSELECT 1", Dialect.POSTGRES)).startsWith("#");
  }

  @Test
  void keepsAMysqlExecutableCommentBecauseMysqlRunsIt() {
    assertThat(LeadingTrivia.code("/*!50000 DROP TABLE t */", Dialect.MYSQL))
        .isEqualTo("/*!50000 DROP TABLE t */");
  }

  @Test
  void pointsAtAnUnterminatedCommentInsteadOfSkippingEverything() {
    assertThat(LeadingTrivia.code("/* open DROP TABLE t", Dialect.GENERIC))
        .isEqualTo("/* open DROP TABLE t");
  }
}
