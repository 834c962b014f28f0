package io.jdbcguard.rules.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompoundStatementTest {

  private static String pieces(String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.MYSQL);
    CompoundStatement.Reading r = CompoundStatement.read(sql, tokens, 0, tokens.size());
    assertThat(r.problem()).as(sql).isNull();
    return r.pieces().stream()
        .map(p -> (p.kind() == CompoundStatement.PieceKind.STATEMENT ? "S:" : "E:")
            + sql.substring(tokens.get(p.first()).start(), tokens.get(p.end() - 1).end()))
        .collect(Collectors.joining(" | "));
  }

  @Test
  void readsEveryStatementAndConditionOfABlock() {
    assertThat(pieces("BEGIN NOT ATOMIC DECLARE x INT DEFAULT f(1); DECLARE c CURSOR FOR SELECT a FROM t;"
        + " DECLARE EXIT HANDLER FOR NOT FOUND, SQLSTATE '02000' SET x = 0;"
        + " IF x > CASE WHEN y THEN 1 END THEN UPDATE t SET a = 1 WHERE id = 1; ELSEIF x < 0 THEN"
        + " SELECT 2; ELSE BEGIN SELECT 3; END; END IF; l: LOOP LEAVE l; END LOOP l; END"))
        .isEqualTo("E:DECLARE x INT DEFAULT f(1) | E:DECLARE c CURSOR | S:SELECT a FROM t"
            + " | S:SET x = 0 | E:x > CASE WHEN y THEN 1 END | S:UPDATE t SET a = 1 WHERE id = 1"
            + " | E:x < 0 | S:SELECT 2 | S:SELECT 3 | E:LEAVE l");
  }

  @Test
  void readsLoopsAndCaseStatements() {
    assertThat(pieces("WHILE a < 3 DO SET a = a + 1; END WHILE")).isEqualTo("E:a < 3 | S:SET a = a + 1");
    assertThat(pieces("REPEAT SELECT 1; UNTIL a END REPEAT")).isEqualTo("S:SELECT 1 | E:a");
    assertThat(pieces("FOR i IN 1..3 DO SELECT i; END FOR")).isEqualTo("E:i IN 1..3 | S:SELECT i");
    assertThat(pieces("CASE a WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE"))
        .isEqualTo("E:a | E:1 | S:SELECT 1 | S:SELECT 2");
  }

  @Test
  void endsWhereTheCompoundEnds() {
    String sql = "BEGIN NOT ATOMIC SELECT 1; END; DROP TABLE t";
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.MYSQL);
    CompoundStatement.Reading r = CompoundStatement.read(sql, tokens, 0, tokens.size());
    assertThat(tokens.get(r.end()).type()).isEqualTo(TokenType.SEMICOLON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BEGIN", "BEGIN WORK", "BEGIN; SELECT 1", "SELECT 1", "IFNULL(a, b)",
      "begin not_atomic"})
  void isNotACompoundWhereMariaDbReadsSomethingElse(String sql) {
    assertThat(CompoundStatement.startsAt(sql, SqlLexer.tokenize(sql, Dialect.MYSQL), 0)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BEGIN NOT ATOMIC SELECT 1", "IF a THEN SELECT 1; END", "CASE a END CASE",
      "BEGIN NOT ATOMIC SELECT 1 END", "WHILE a SELECT 1; END WHILE", "REPEAT SELECT 1; END REPEAT"})
  void reportsWhatItCannotRead(String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.MYSQL);
    CompoundStatement.Reading r = CompoundStatement.read(sql, tokens, 0, tokens.size());
    assertThat(r.problem()).as(sql).isNotNull();
    assertThat(r.end()).isEqualTo(tokens.size());
  }

  @Test
  void boundsNesting() {
    String sql = "BEGIN NOT ATOMIC ".repeat(200) + "SELECT 1;" + " END;".repeat(200);
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.MYSQL);
    assertThat(CompoundStatement.read(sql, tokens, 0, tokens.size()).problem()).contains("nested");
  }
}
