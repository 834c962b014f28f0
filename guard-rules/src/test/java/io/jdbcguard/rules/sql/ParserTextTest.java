package io.jdbcguard.rules.sql;

import static io.jdbcguard.rules.Dialect.GENERIC;
import static io.jdbcguard.rules.Dialect.MYSQL;
import static io.jdbcguard.rules.Dialect.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jdbcguard.rules.Dialect;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParserTextTest {

  static final char BS = ParserText.BACKSLASH_REPLACEMENT;

  /** The rendering of the whole string as one statement. */
  static ParserText render(Dialect d, String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, d);
    return ParserText.of(sql, tokens, 0, tokens.size(), d);
  }

  static Stream<Arguments> renderings() {
    return Stream.of(
        Arguments.of(POSTGRES, "DR/**/OP TABLE t", "DR OP TABLE t"),
        Arguments.of(POSTGRES, "SELECT 'a\\'", "SELECT 'a" + BS + "'"),
        Arguments.of(POSTGRES, "SELECT 'it''s'", "SELECT 'it''s'"),
        Arguments.of(POSTGRES, "SELECT $$it's \\ $$", "SELECT 'it''s " + BS + " '"),
        Arguments.of(POSTGRES, "SELECT $fn$ $$ ; $fn$", "SELECT ' $$ ; '"),
        Arguments.of(POSTGRES, "SELECT E'it\\'s\\\\'", "SELECT 'it''s" + BS + "'"),
        Arguments.of(POSTGRES, "SELECT E'\\';DROP TABLE t;--'", "SELECT ''';DROP TABLE t;--'"),
        Arguments.of(POSTGRES, "SELECT U&'d\\0061t\\0061', N'x'", "SELECT 'data', 'x'"),
        Arguments.of(POSTGRES, "SELECT 'a'\n  'b'", "SELECT 'ab'"),
        Arguments.of(POSTGRES, "SELECT X'1F', B'0101', x'1f'\n'2e'",
            "SELECT X'1F', B'0101', x'1f2e'"),
        Arguments.of(POSTGRES, "SELECT\n\t 1 /* c */ -- d\n FROM t", "SELECT 1 FROM t"),
        Arguments.of(POSTGRES, "SELECT f(a,b), t.c, count(*), x::int, a[1]",
            "SELECT f(a,b), t.c, count(*), x :: int, a[1]"),
        Arguments.of(POSTGRES, "SELECT 1#2, 1=-1, $1", "SELECT 1 # 2, 1 = - 1, $1"),
        Arguments.of(POSTGRES, "SELECT 4 // 2", "SELECT 4 / / 2"),
        Arguments.of(POSTGRES, "SELECT \"a\\\" FROM \"t\"\"x\"", "SELECT \"a\\\" FROM \"t\"\"x\""),
        Arguments.of(POSTGRES, "SELECT 1 \u0001 2", "SELECT 1 \u0001 2"),
        Arguments.of(POSTGRES, "SELECT q'[x]'", "SELECT q '[x]'"),
        Arguments.of(MYSQL, "SELECT 'it\\'s', \"a\\\"b\", N'x'", "SELECT 'it''s', 'a\"b', 'x'"),
        Arguments.of(MYSQL, "SELECT 'a\\\\'", "SELECT 'a" + BS + "'"),
        Arguments.of(MYSQL, "SELECT 'a''b', 'x\\%'", "SELECT 'a''b', 'x" + BS + "%'"),
        Arguments.of(MYSQL, "SELECT 1--1", "SELECT 1 - - 1"),
        Arguments.of(MYSQL, "SELECT _utf8mb4'x', 'a'\"b\"", "SELECT _utf8mb4 'x', 'a' 'b'"),
        Arguments.of(MYSQL, "SELECT @a, @@session.sql_mode, 'u'@'h'",
            "SELECT @a, @@session.sql_mode, 'u'@'h'"),
        Arguments.of(MYSQL, "SELECT 0x1F, X'1F', b'01', `a``b`",
            "SELECT 0x1F, X'1F', b'01', `a``b`"),
        Arguments.of(MYSQL, "SELECT 1/*!,2*/", "SELECT 1 /*!,2*/"),
        Arguments.of(MYSQL, "SELECT 1 # c\n, 2", "SELECT 1 , 2"),
        Arguments.of(GENERIC, "SELECT :name, x::int FROM t WHERE a = ?",
            "SELECT :name, x :: int FROM t WHERE a = ?"),
        Arguments.of(GENERIC, "SELECT 'a\\'", "SELECT 'a\\'"));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("renderings")
  void rendersTokensUnambiguouslyForJSqlParser(Dialect d, String sql, String text) {
    assertThat(render(d, sql).text()).isEqualTo(text);
  }

  static Stream<Arguments> fingerprints() {
    return Stream.of(
        Arguments.of(POSTGRES, "SELECT * FROM t WHERE a = 'x' AND b = 42 /* c */ -- d",
            "SELECT * FROM t WHERE a = ? AND b = ?"),
        Arguments.of(POSTGRES, "select A,\"B\" from T where c in ($$s$$, E'e', 1.5e3, $1, ?)",
            "select A,\"B\" from T where c in (?, ?, ?, $1, ?)"),
        Arguments.of(POSTGRES, "DR/**/OP TABLE t", "DR OP TABLE t"),
        Arguments.of(POSTGRES, "SELECT -1, 'unterminated", "SELECT - ?, ?"),
        Arguments.of(MYSQL, "SELECT \"secret\", 0x1F, X'1F' /*! , password */",
            "SELECT ?, ?, ? /*!?*/"),
        Arguments.of(MYSQL, "UPDATE t SET a = @x WHERE id = :1", "UPDATE t SET a = @x WHERE id = : ?"),
        Arguments.of(GENERIC, "SELECT :name FROM t WHERE a = 'C:\\'", "SELECT :name FROM t WHERE a = ?"));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("fingerprints")
  void fingerprintsReplaceLiteralsAndDropComments(Dialect d, String sql, String fingerprint) {
    assertThat(render(d, sql).fingerprint()).isEqualTo(fingerprint);
  }

  @Test
  void givesEqualFingerprintsToStatementsThatDifferOnlyInValues() {
    ParserText a = render(POSTGRES, "SELECT * FROM users WHERE name = 'alice' AND age > 30");
    ParserText b = render(POSTGRES, "SELECT *\nFROM users  -- c\nWHERE name = $$bob$$ AND age > 4");
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    assertThat(a.fingerprint()).doesNotContain("alice", "30");
  }

  @Test
  void rendersOneSpanOfAMultiStatementString() {
    String sql = "SELECT 1; /* x */ INSERT INTO t VALUES ('a;b', 2) -- y";
    List<Token> tokens = SqlLexer.tokenize(sql, POSTGRES);
    List<StatementSpan> spans = SqlSplitter.split(sql, tokens, POSTGRES);
    StatementSpan second = spans.get(1);
    ParserText p = ParserText.of(sql, tokens, second.firstToken(), second.endToken(), POSTGRES);
    assertThat(p.text()).isEqualTo("INSERT INTO t VALUES ('a;b', 2)");
    assertThat(p.fingerprint()).isEqualTo("INSERT INTO t VALUES (?, ?)");
  }

  @Test
  void clampsIndexesAndToleratesNulls() {
    String sql = "SELECT 1";
    List<Token> tokens = SqlLexer.tokenize(sql, POSTGRES);
    assertThat(ParserText.of(sql, tokens, -5, 99, POSTGRES).text()).isEqualTo("SELECT 1");
    assertThat(ParserText.of(sql, tokens, 2, 1, POSTGRES).text()).isEmpty();
    assertThat(ParserText.of(null, tokens, 0, 2, POSTGRES)).isEqualTo(new ParserText("", ""));
    assertThat(ParserText.of(sql, null, 0, 2, POSTGRES).fingerprint()).isEmpty();
    assertThat(ParserText.of(sql, tokens, 0, 2, null).text()).isEqualTo("SELECT 1");
  }

  // ---------------------------------------------------------------------------------------------
  // What JSqlParser 5.4 makes of the rendering

  @Test
  void makesSplitKeywordsUnparseable() {
    assertThatThrownBy(() -> CCJSqlParserUtil.parse(render(POSTGRES, "DR/**/OP TABLE t").text()))
        .isInstanceOf(JSQLParserException.class);
  }

  static Statement parse(String text, boolean backslashEscapes) throws JSQLParserException {
    return CCJSqlParserUtil.parse(text, p -> p.withBackslashEscapeCharacter(backslashEscapes));
  }

  @Test
  void showsJSqlParserTheConditionAPostgresBackslashWouldHide() throws JSQLParserException {
    // PostgreSQL: the string is 'x\', so OR 1=1 is real and every row goes.
    String sql = "DELETE FROM t WHERE a = 'x\\' OR 1=1 --'";
    assertThat(((Delete) parse(sql, true)).getWhere()).isInstanceOf(EqualsTo.class); // the trap
    String text = render(POSTGRES, sql).text();
    assertThat(((Delete) parse(text, true)).getWhere()).isInstanceOf(OrExpression.class);
    assertThat(((Delete) parse(text, false)).getWhere()).isInstanceOf(OrExpression.class);
  }

  @Test
  void showsJSqlParserTheConditionAMySqlBackslashWouldHide() throws JSQLParserException {
    // MySQL: the string is 'x'' AND 0 = ', so OR 1=1 is real and every row goes.
    String sql = "DELETE FROM t WHERE a = 'x\\' AND 0 = ' OR 1=1 -- '";
    assertThat(((Delete) parse(sql, false)).getWhere()).isNotInstanceOf(OrExpression.class);
    String text = render(MYSQL, sql).text();
    assertThat(text).isEqualTo("DELETE FROM t WHERE a = 'x'' AND 0 = ' OR 1 = 1");
    assertThat(((Delete) parse(text, false)).getWhere()).isInstanceOf(OrExpression.class);
    assertThat(((Delete) parse(text, true)).getWhere()).isInstanceOf(OrExpression.class);
  }

  @Test
  void showsJSqlParserTheColumnsAPostgresBackslashWouldMerge() throws JSQLParserException {
    String sql = "SELECT 'a\\', 'b' FROM t";
    PlainSelect select = (PlainSelect) CCJSqlParserUtil.parse(render(POSTGRES, sql).text());
    assertThat(select.getSelectItems()).hasSize(2);
  }

  @Test
  void keepsMySqlDoubleMinusAnExpressionForJSqlParser() throws JSQLParserException {
    String sql = "DELETE FROM t WHERE id = 1--1 OR 1=1";
    Statement rendered = CCJSqlParserUtil.parse(render(MYSQL, sql).text());
    assertThat(((Delete) rendered).getWhere()).isInstanceOf(OrExpression.class);
  }

  @Test
  void keepsDoubleSlashOperatorFromCommentingOutTheRestForJSqlParser() {
    String sql = "DELETE FROM t WHERE id = 1 // 1 OR TRUE";
    assertThatThrownBy(() -> CCJSqlParserUtil.parse(render(POSTGRES, sql).text()))
        .isInstanceOf(JSQLParserException.class);
  }

  @Test
  void producesTextJSqlParserAcceptsForOrdinaryStatements() throws JSQLParserException {
    String[][] cases = {
      {"postgres", "SELECT E'it\\'s', $$a\\b$$, U&'\\0061' FROM t WHERE x = $1 AND y::text = ?"},
      {"postgres", "INSERT INTO t (a, b) VALUES ('line1\nline2', 'q''uote') RETURNING *"},
      {"postgres", "UPDATE t SET a = a + 1 /* bump */ WHERE id IN (1, 2, 3)"},
      {"mysql", "SELECT `a`, \"b\\\"c\", 'd\\\\' FROM `t` WHERE x <=> NULL LIMIT 10"},
      {"mysql", "SELECT @x, @@session.sql_mode # comment"},
      {"generic", "SELECT a FROM t WHERE b = :name AND c = ?"},
    };
    for (String[] c : cases) {
      String text = render(Dialect.fromId(c[0]), c[1]).text();
      // the same statement whether or not JSqlParser reads backslashes as escapes
      assertThat(parse(text, true).toString()).as(text).isEqualTo(parse(text, false).toString());
    }
  }
}
