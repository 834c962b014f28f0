package io.jdbcguard.rules.sql;

import static io.jdbcguard.rules.Dialect.GENERIC;
import static io.jdbcguard.rules.Dialect.MYSQL;
import static io.jdbcguard.rules.Dialect.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.ScriptStatement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSplitterTest {

  static List<String> statements(Dialect d, String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, d);
    return SqlSplitter.split(sql, tokens, d).stream()
        .map(s -> s.text(sql))
        .collect(Collectors.toList());
  }

  static List<String> script(Dialect d, String script) {
    return SqlSplitter.splitScript(script, d).stream()
        .map(ScriptStatement::sql)
        .collect(Collectors.toList());
  }

  static final String FN = "CREATE FUNCTION f() RETURNS int LANGUAGE sql ";

  // ---------------------------------------------------------------------------------------------
  // Tables

  static Stream<Arguments> everyDialect() {
    return Stream.of(
        Arguments.of("SELECT 'DROP TABLE x'; DROP TABLE y",
            List.of("SELECT 'DROP TABLE x'", "DROP TABLE y")),
        Arguments.of("", List.of()),
        Arguments.of("  \n\t\r\n ", List.of()),
        Arguments.of("-- only a comment\n/* and another */", List.of()),
        Arguments.of(";", List.of()),
        Arguments.of(";;;", List.of()),
        Arguments.of(" ; -- x\n ; /* y */ ;", List.of()),
        Arguments.of("SELECT 1;", List.of("SELECT 1")),
        Arguments.of("SELECT 1;;; SELECT 2;", List.of("SELECT 1", "SELECT 2")),
        Arguments.of("/* lead */ SELECT 1 /* mid */ + 2 /* trail */ ; -- x",
            List.of("SELECT 1 /* mid */ + 2")),
        Arguments.of("SELECT (1; DROP TABLE t)", List.of("SELECT (1; DROP TABLE t)")),
        Arguments.of("SELECT f(a, (b; c)); SELECT 2", List.of("SELECT f(a, (b; c))", "SELECT 2")),
        Arguments.of("SELECT a[1; 2]; SELECT {x; y}", List.of("SELECT a[1; 2]", "SELECT {x; y}")),
        Arguments.of("SELECT ); DROP TABLE t", List.of("SELECT )", "DROP TABLE t")),
        Arguments.of("SELECT )) (; DROP TABLE t", List.of("SELECT )) (; DROP TABLE t")),
        Arguments.of("SELECT ';' FROM \"a;b\"", List.of("SELECT ';' FROM \"a;b\"")),
        Arguments.of("SELECT 1 -- ; DROP TABLE t", List.of("SELECT 1")),
        Arguments.of("SELECT 1 /* ; DROP TABLE t; */ ; SELECT 2", List.of("SELECT 1", "SELECT 2")),
        Arguments.of("SELECT 'it''s; ok'; SELECT 2", List.of("SELECT 'it''s; ok'", "SELECT 2")));
  }

  static Stream<Arguments> postgres() {
    return Stream.of(
        Arguments.of("SELECT $$; DROP TABLE x;$$", List.of("SELECT $$; DROP TABLE x;$$")),
        Arguments.of("SELECT $a$ $$ ; $a$", List.of("SELECT $a$ $$ ; $a$")),
        Arguments.of("DO $body$ BEGIN DELETE FROM t; END $body$; SELECT 1",
            List.of("DO $body$ BEGIN DELETE FROM t; END $body$", "SELECT 1")),
        Arguments.of("SELECT E'\\';DROP TABLE t;--'", List.of("SELECT E'\\';DROP TABLE t;--'")),
        Arguments.of("SELECT 'a\\'; DROP TABLE t; --'", List.of("SELECT 'a\\'", "DROP TABLE t")),
        Arguments.of("SELECT E''\n'\\'' ; DROP TABLE t; --'",
            List.of("SELECT E''\n'\\''", "DROP TABLE t")),
        Arguments.of("SELECT 1 /* a /* b */ ; DROP TABLE t */", List.of("SELECT 1")),
        Arguments.of("/* a /* b */ ; DROP TABLE t */", List.of()),
        Arguments.of("SELECT 1 # 2; SELECT 2", List.of("SELECT 1 # 2", "SELECT 2")),
        Arguments.of("SELECT 1 -- x\r; DROP TABLE t", List.of("SELECT 1", "DROP TABLE t")),
        Arguments.of("SELECT \"a\"\";\"; DROP TABLE t", List.of("SELECT \"a\"\";\"", "DROP TABLE t")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1; SELECT 2; END",
            List.of(FN + "BEGIN ATOMIC SELECT 1; SELECT 2; END")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1; END; DROP TABLE t",
            List.of(FN + "BEGIN ATOMIC SELECT 1; END", "DROP TABLE t")),
        Arguments.of("create or replace procedure p() language sql begin /* c */ atomic"
                + " insert into t values (1); end; select 1",
            List.of("create or replace procedure p() language sql begin /* c */ atomic"
                    + " insert into t values (1); end",
                "select 1")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT CASE WHEN x THEN 1 ELSE 2 END;"
                + " RETURN CASE WHEN y THEN 3 END; END; DROP TABLE t",
            List.of(FN + "BEGIN ATOMIC SELECT CASE WHEN x THEN 1 ELSE 2 END;"
                    + " RETURN CASE WHEN y THEN 3 END; END",
                "DROP TABLE t")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT CASE WHEN a THEN CASE WHEN b THEN 1 END END;"
                + " SELECT a FROM t ORDER BY CASE WHEN a THEN 1 END, 2 = CASE WHEN b THEN 2 END;"
                + " END; DROP TABLE t",
            List.of(FN + "BEGIN ATOMIC SELECT CASE WHEN a THEN CASE WHEN b THEN 1 END END;"
                    + " SELECT a FROM t ORDER BY CASE WHEN a THEN 1 END, 2 = CASE WHEN b THEN 2"
                    + " END; END",
                "DROP TABLE t")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT (CASE WHEN a THEN 1 END); END; DROP TABLE t",
            List.of(FN + "BEGIN ATOMIC SELECT (CASE WHEN a THEN 1 END); END", "DROP TABLE t")),
        Arguments.of("BEGIN; DELETE FROM t WHERE id = 1; COMMIT",
            List.of("BEGIN", "DELETE FROM t WHERE id = 1", "COMMIT")),
        Arguments.of("DO BEGIN ATOMIC; DROP TABLE t; END",
            List.of("DO BEGIN ATOMIC", "DROP TABLE t", "END")),
        Arguments.of("CREATE FUNCTION begin() RETURNS int LANGUAGE sql AS 'SELECT 1'; DROP TABLE t",
            List.of("CREATE FUNCTION begin() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "DROP TABLE t")),
        Arguments.of("CREATE TABLE t (a int); BEGIN ATOMIC; DROP TABLE t",
            List.of("CREATE TABLE t (a int)", "BEGIN ATOMIC", "DROP TABLE t")));
  }

  /**
   * CASE and END used as column labels must never keep a routine body open. PostgreSQL 15 runs the
   * DROP in the first two (checked against a real server): {@code case} is a bare column label.
   */
  static Stream<Arguments> postgresBodyTricks() {
    return Stream.of(
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1 case; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1 AS case; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT t.case FROM t; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT by case FROM t; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT x.select case FROM x; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT return case FROM t; END; DROP TABLE t"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1 AS end; DROP TABLE t; END"),
        Arguments.of(FN + "BEGIN ATOMIC SELECT t.end FROM t; DROP TABLE t; END"));
  }

  static Stream<Arguments> mysql() {
    return Stream.of(
        Arguments.of("SELECT 'a\\'; DROP TABLE t; --'", List.of("SELECT 'a\\'; DROP TABLE t; --'")),
        Arguments.of("SELECT 'a\\\\'; DROP TABLE t", List.of("SELECT 'a\\\\'", "DROP TABLE t")),
        Arguments.of("SELECT \"a\\\";\"; DROP TABLE t", List.of("SELECT \"a\\\";\"", "DROP TABLE t")),
        Arguments.of("SELECT 1 /* a /* b */ ; DROP TABLE t */",
            List.of("SELECT 1", "DROP TABLE t */")),
        Arguments.of("/* a /* b */ ; DROP TABLE t */", List.of("DROP TABLE t */")),
        Arguments.of("SELECT 1; /*! DROP TABLE t */", List.of("SELECT 1", "/*! DROP TABLE t */")),
        Arguments.of("SELECT 1 # ; DROP TABLE t", List.of("SELECT 1")),
        Arguments.of("SELECT 1 # x\n; DROP TABLE t", List.of("SELECT 1", "DROP TABLE t")),
        Arguments.of("SELECT 1 -- ; DROP TABLE t", List.of("SELECT 1")),
        Arguments.of("SELECT 1 --; DROP TABLE t", List.of("SELECT 1 --", "DROP TABLE t")),
        Arguments.of("SELECT 1 -- x\r; DROP TABLE t", List.of("SELECT 1")),
        Arguments.of("SELECT `a;b`; SELECT 2", List.of("SELECT `a;b`", "SELECT 2")),
        Arguments.of("SELECT $$; DROP TABLE t; $$", List.of("SELECT $$", "DROP TABLE t", "$$")),
        Arguments.of(FN + "BEGIN ATOMIC SELECT 1; END",
            List.of(FN + "BEGIN ATOMIC SELECT 1", "END")),
        // one string is one COM_QUERY: the server reads a routine body or a compound statement
        // as one statement (the mysql client would cut it, which scripts avoid with DELIMITER)
        Arguments.of("CREATE PROCEDURE p() BEGIN DELETE FROM t; END",
            List.of("CREATE PROCEDURE p() BEGIN DELETE FROM t; END")),
        Arguments.of("CREATE PROCEDURE p() BEGIN SELECT 1; END; DROP TABLE t",
            List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "DROP TABLE t")),
        Arguments.of("CREATE DEFINER=`u`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN"
                + " IF NEW.a < 0 THEN SET NEW.a = 0; END IF; END; SELECT 1",
            List.of("CREATE DEFINER=`u`@`%` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN"
                + " IF NEW.a < 0 THEN SET NEW.a = 0; END IF; END", "SELECT 1")),
        Arguments.of("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t WHERE id = 1;"
                + " END; DROP TABLE t",
            List.of("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t WHERE id = 1;"
                + " END", "DROP TABLE t")),
        Arguments.of("BEGIN NOT ATOMIC SELECT 1; DROP TABLE t; END; SELECT 2",
            List.of("BEGIN NOT ATOMIC SELECT 1; DROP TABLE t; END", "SELECT 2")),
        Arguments.of("BEGIN NOT ATOMIC l: LOOP LEAVE l; END LOOP l; END; SELECT 2",
            List.of("BEGIN NOT ATOMIC l: LOOP LEAVE l; END LOOP l; END", "SELECT 2")),
        Arguments.of("BEGIN; DELETE FROM t WHERE id = 1; COMMIT",
            List.of("BEGIN", "DELETE FROM t WHERE id = 1", "COMMIT")),
        Arguments.of("IF @a THEN SELECT 1; ELSEIF @b THEN SELECT 2; ELSE BEGIN SELECT 3; END;"
                + " END IF; SELECT 4",
            List.of("IF @a THEN SELECT 1; ELSEIF @b THEN SELECT 2; ELSE BEGIN SELECT 3; END;"
                + " END IF", "SELECT 4")),
        Arguments.of("WHILE @a < 3 DO SET @a = @a + 1; END WHILE; REPEAT SELECT 1; UNTIL"
                + " CASE WHEN 1 THEN 1 END END REPEAT; SELECT 2",
            List.of("WHILE @a < 3 DO SET @a = @a + 1; END WHILE",
                "REPEAT SELECT 1; UNTIL CASE WHEN 1 THEN 1 END END REPEAT", "SELECT 2")),
        Arguments.of("SET STATEMENT max_statement_time = 1 FOR BEGIN NOT ATOMIC SELECT 1; END;"
                + " DROP TABLE t",
            List.of("SET STATEMENT max_statement_time = 1 FOR BEGIN NOT ATOMIC SELECT 1; END",
                "DROP TABLE t")),
        // not closed: the rest of the string is the compound (and the engine refuses it)
        Arguments.of("BEGIN NOT ATOMIC SELECT 1; DROP TABLE t",
            List.of("BEGIN NOT ATOMIC SELECT 1; DROP TABLE t")));
  }

  static Stream<Arguments> generic() {
    return Stream.of(
        Arguments.of("SELECT 'a\\'; DROP TABLE t; --'", List.of("SELECT 'a\\'; DROP TABLE t; --'")),
        Arguments.of("SELECT 'a\\b'; DROP TABLE t", List.of("SELECT 'a\\b'", "DROP TABLE t")),
        Arguments.of("SELECT [a;b]; SELECT 2", List.of("SELECT [a;b]", "SELECT 2")),
        Arguments.of("SELECT [--]; DROP TABLE t", List.of("SELECT [--]", "DROP TABLE t")),
        Arguments.of("SELECT 1 /* a /* b */ ; DROP TABLE t */",
            List.of("SELECT 1 /* a /* b */", "DROP TABLE t */")),
        Arguments.of("SELECT :a; SELECT x::int", List.of("SELECT :a", "SELECT x::int")));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("everyDialectCases")
  void splitsLikeTheServerInEveryDialect(Dialect d, String sql, List<String> expected) {
    assertThat(statements(d, sql)).isEqualTo(expected);
  }

  static Stream<Arguments> everyDialectCases() {
    return everyDialect()
        .flatMap(a -> Stream.of(Dialect.values())
            .map(d -> Arguments.of(d, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest(name = "[postgres] {0}")
  @MethodSource("postgres")
  void splitsPostgres(String sql, List<String> expected) {
    assertThat(statements(POSTGRES, sql)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[postgres] {0}")
  @MethodSource("postgresBodyTricks")
  void endsRoutineBodyNoLaterThanTheServerDoes(String sql) {
    assertThat(statements(POSTGRES, sql)).contains("DROP TABLE t");
  }

  @ParameterizedTest(name = "[mysql] {0}")
  @MethodSource("mysql")
  void splitsMySql(String sql, List<String> expected) {
    assertThat(statements(MYSQL, sql)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[generic] {0}")
  @MethodSource("generic")
  void splitsGeneric(String sql, List<String> expected) {
    assertThat(statements(GENERIC, sql)).isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Spans

  @Test
  void reportsTokenRangesOffsetsAndLinesWithoutSurroundingComments() {
    String sql = "/* c */\r\nSELECT 1; \n\n  DELETE FROM t -- x";
    List<Token> tokens = SqlLexer.tokenize(sql, POSTGRES);
    List<StatementSpan> spans = SqlSplitter.split(sql, tokens, POSTGRES);
    assertThat(spans)
        .containsExactly(
            new StatementSpan(1, 3, 9, 17, 2),
            new StatementSpan(4, 7, sql.indexOf("DELETE"), sql.indexOf(" -- x"), 4));
    assertThat(spans.get(1).tokenCount()).isEqualTo(3);
  }

  @Test
  void keepsPiecesHoldingOnlyExecutableCommentsOrErrors() {
    String sql = "SELECT 1; /*! DROP TABLE t */; /* plain */";
    List<Token> tokens = SqlLexer.tokenize(sql, MYSQL);
    List<StatementSpan> spans = SqlSplitter.split(sql, tokens, MYSQL);
    assertThat(spans).hasSize(2);
    assertThat(tokens.get(spans.get(1).firstToken()).type())
        .isEqualTo(TokenType.EXECUTABLE_COMMENT);

    String bad = "SELECT 1; \u0001; 'unterminated";
    assertThat(statements(POSTGRES, bad)).containsExactly("SELECT 1", "\u0001", "'unterminated");
  }

  @Test
  void returnsNothingForNullOrEmptyTokens() {
    assertThat(SqlSplitter.split("x", null, POSTGRES)).isEmpty();
    assertThat(SqlSplitter.split(null, List.of(), POSTGRES)).isEmpty();
    assertThat(SqlSplitter.splitScript(null, MYSQL)).isEmpty();
    assertThat(SqlSplitter.splitScript("", MYSQL)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void splitsManyStatementsAndHugeScriptsWithoutTrouble(Dialect d) {
    String sql = "SELECT 1;".repeat(100_000);
    assertThat(statements(d, sql)).hasSize(100_000);
    String deep = "(".repeat(10_000) + ";" + ")".repeat(10_000) + "; DROP TABLE t";
    assertThat(statements(d, deep)).hasSize(2).last().isEqualTo("DROP TABLE t");
    assertThat(SqlSplitter.splitScript("SELECT '" + "x".repeat(1 << 20) + "';", d)).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Scripts

  @Test
  void splitsScriptsIntoTextsWithOffsetsAndLines() {
    String s = "SELECT 1;\r\n-- c\r\nSELECT\n 2;\n";
    assertThat(SqlSplitter.splitScript(s, POSTGRES))
        .containsExactly(new ScriptStatement("SELECT 1", 0, 1),
            new ScriptStatement("SELECT\n 2", 17, 3));
  }

  @Test
  void honoursMySqlDelimiterLines() {
    String s = String.join("\n",
        "DROP PROCEDURE IF EXISTS p;",
        "DELIMITER //",
        "CREATE PROCEDURE p()",
        "BEGIN",
        "  DELETE FROM t WHERE id = 1; -- not the end",
        "  SELECT '//';",
        "END //",
        "DELIMITER ;",
        "CALL p();");
    List<ScriptStatement> st = SqlSplitter.splitScript(s, MYSQL);
    assertThat(st).extracting(ScriptStatement::sql)
        .containsExactly("DROP PROCEDURE IF EXISTS p",
            "CREATE PROCEDURE p()\nBEGIN\n  DELETE FROM t WHERE id = 1; -- not the end\n"
                + "  SELECT '//';\nEND",
            "CALL p()");
    assertThat(st).extracting(ScriptStatement::line).containsExactly(1, 3, 9);
    assertThat(st.get(1).offset()).isEqualTo(s.indexOf("CREATE"));
  }

  @Test
  void recognisesDollarDelimiterEvenWhereTheServerLexerWouldSeeAnIdentifier() {
    String s = "delimiter $$\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN"
        + " SET NEW.a = 1; END$$\nSELECT a$$\nDELIMITER ;\nSELECT 2";
    assertThat(script(MYSQL, s))
        .containsExactly(
            "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END",
            "SELECT a", "SELECT 2");
  }

  @Test
  void handlesMysqldumpStyleDoubleSemicolonDelimiter() {
    String s = "DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER x BEGIN SET @a = 1; END */;;\n"
        + "DELIMITER ;\nSELECT 1;";
    assertThat(script(MYSQL, s))
        .containsExactly("/*!50003 CREATE*/ /*!50003 TRIGGER x BEGIN SET @a = 1; END */",
            "SELECT 1");
  }

  @Test
  void acceptsQuotedDelimiterAndIgnoresInvalidOnes() {
    assertThat(script(MYSQL, "DELIMITER '$$'\nSELECT 1$$ SELECT 2$$"))
        .containsExactly("SELECT 1", "SELECT 2");
    assertThat(script(MYSQL, "DELIMITER \\\\\nSELECT 1; SELECT 2"))
        .containsExactly("SELECT 1", "SELECT 2");
    assertThat(script(MYSQL, "DELIMITER\nSELECT 1; SELECT 2"))
        .containsExactly("SELECT 1", "SELECT 2");
    assertThat(script(MYSQL, "DELIMITER ABCDEFGHIJKLMNOPQ\nSELECT 1ABCDEFGHIJKLMNO SELECT 2"))
        .containsExactly("SELECT 1", "SELECT 2");
  }

  @Test
  void ignoresDelimiterWordsThatAreNotClientCommands() {
    // not first on its line
    assertThat(script(MYSQL, "SELECT 1; DELIMITER //\nSELECT 2 //"))
        .containsExactly("SELECT 1", "DELIMITER //\nSELECT 2 //");
    // inside a statement
    assertThat(script(MYSQL, "SELECT 1\nDELIMITER //\nSELECT 2//"))
        .containsExactly("SELECT 1\nDELIMITER //\nSELECT 2//");
    // glued to its argument
    assertThat(script(MYSQL, "DELIMITER//\nSELECT 2//;"))
        .containsExactly("DELIMITER//\nSELECT 2//");
    // other dialects have no such command
    assertThat(script(POSTGRES, "DELIMITER //\nSELECT 1 //"))
        .containsExactly("DELIMITER //\nSELECT 1 //");
  }

  @Test
  void keepsDelimiterInsideStringsAndCommentsAsText() {
    String s = "DELIMITER //\nSELECT '//', \"//\", `//` -- //\n/* // */ FROM t //";
    assertThat(script(MYSQL, s))
        .containsExactly("SELECT '//', \"//\", `//` -- //\n/* // */ FROM t");
  }
}
