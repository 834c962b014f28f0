package io.jdbcguard.rules.sql;

import static io.jdbcguard.rules.Dialect.GENERIC;
import static io.jdbcguard.rules.Dialect.MYSQL;
import static io.jdbcguard.rules.Dialect.POSTGRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jdbcguard.rules.Dialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlLexerTest {

  /** Tokens as "TYPE text", e.g. "WORD SELECT". */
  static List<String> lex(Dialect d, String sql) {
    return SqlLexer.tokenize(sql, d).stream()
        .map(t -> t.type() + " " + t.text(sql))
        .collect(Collectors.toList());
  }

  static List<String> expected(String spec) {
    return Arrays.asList(spec.split(" \\| "));
  }

  static List<TokenType> types(Dialect d, String sql) {
    return SqlLexer.tokenize(sql, d).stream().map(Token::type).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------------------------------------
  // Tables: dialect, SQL, expected tokens ("TYPE text | TYPE text"). The security-relevant rows
  // (continuations, nesting, backslashes, "--" rules, executable comments, "$") were checked
  // against PostgreSQL 15.20 and MariaDB 10.11 servers by sending them as one multi-statement query.

  static Stream<Arguments> postgresTokens() {
    return Stream.of(
        Arguments.of("SELECT 'a\\'", "WORD SELECT | STRING 'a\\'"),
        Arguments.of("'it''s'", "STRING 'it''s'"),
        Arguments.of("E'it\\'s'", "STRING E'it\\'s'"),
        Arguments.of("e'a\\\\' x", "STRING e'a\\\\' | WORD x"),
        Arguments.of("E'\\\\\\''", "STRING E'\\\\\\''"),
        Arguments.of("xe'a'", "WORD xe | STRING 'a'"),
        Arguments.of("U&'d\\0061t'", "STRING U&'d\\0061t'"),
        Arguments.of("U&\"d\\0061t\"", "QUOTED_IDENTIFIER U&\"d\\0061t\""),
        Arguments.of("u & 'x'", "WORD u | OPERATOR & | STRING 'x'"),
        Arguments.of("B'0101' X'1F' N'x'", "STRING B'0101' | STRING X'1F' | STRING N'x'"),
        Arguments.of("B'012'", "ERROR B'012'"),
        Arguments.of("X'1G'", "ERROR X'1G'"),
        Arguments.of("\"a\"\"b\" \"\"", "QUOTED_IDENTIFIER \"a\"\"b\" | QUOTED_IDENTIFIER \"\""),
        Arguments.of("$$a;b$$", "STRING $$a;b$$"),
        Arguments.of("$tag$ $$ ; $tag$ x", "STRING $tag$ $$ ; $tag$ | WORD x"),
        Arguments.of("$a$ $A$ $a$", "STRING $a$ $A$ $a$"),
        Arguments.of("$_1$x$_1$", "STRING $_1$x$_1$"),
        Arguments.of("$1 + $23", "PARAMETER $1 | OPERATOR + | PARAMETER $23"),
        Arguments.of("$1$", "PARAMETER $1 | ERROR $"),
        Arguments.of("a$b a$$ x$1", "WORD a$b | WORD a$$ | WORD x$1"),
        Arguments.of("$ 1", "ERROR $ | NUMBER 1"),
        Arguments.of("$abc + 1", "ERROR $ | WORD abc | OPERATOR + | NUMBER 1"),
        Arguments.of("x::int", "WORD x | OPERATOR :: | WORD int"),
        Arguments.of("a := 1", "WORD a | OPERATOR := | NUMBER 1"),
        Arguments.of(":name", "OPERATOR : | WORD name"),
        Arguments.of("arr[1:2]",
            "WORD arr | LEFT_BRACKET [ | NUMBER 1 | OPERATOR : | NUMBER 2 | RIGHT_BRACKET ]"),
        Arguments.of("1 # 2", "NUMBER 1 | OPERATOR # | NUMBER 2"),
        Arguments.of("j #>> '{a}'", "WORD j | OPERATOR #>> | STRING '{a}'"),
        Arguments.of("x=-1", "WORD x | OPERATOR = | OPERATOR - | NUMBER 1"),
        Arguments.of("x<>-1", "WORD x | OPERATOR <> | OPERATOR - | NUMBER 1"),
        Arguments.of("@-1", "OPERATOR @- | NUMBER 1"),
        Arguments.of("2*/*c*/3", "NUMBER 2 | OPERATOR * | COMMENT /*c*/ | NUMBER 3"),
        Arguments.of("1+--c", "NUMBER 1 | OPERATOR + | COMMENT --c"),
        Arguments.of("a->>'k'", "WORD a | OPERATOR ->> | STRING 'k'"),
        Arguments.of("a @> b <@ c !~* d || e",
            "WORD a | OPERATOR @> | WORD b | OPERATOR <@ | WORD c | OPERATOR !~* | WORD d"
                + " | OPERATOR || | WORD e"),
        Arguments.of("a ? b", "WORD a | PARAMETER ? | WORD b"),
        Arguments.of("a ` b", "WORD a | ERROR ` | WORD b"),
        Arguments.of("\\x", "ERROR \\ | WORD x"),
        Arguments.of("1_000 .5 1.5E-3 1e10 1. 0x1F 0o17 0b101",
            "NUMBER 1_000 | NUMBER .5 | NUMBER 1.5E-3 | NUMBER 1e10 | NUMBER 1. | NUMBER 0x1F"
                + " | NUMBER 0o17 | NUMBER 0b101"),
        Arguments.of("1e 1_", "NUMBER 1 | WORD e | NUMBER 1 | WORD _"),
        Arguments.of("t.c", "WORD t | DOT . | WORD c"),
        Arguments.of("/* a /* b */ still comment */ x",
            "COMMENT /* a /* b */ still comment */ | WORD x"),
        Arguments.of("/**/x/*/ y */", "COMMENT /**/ | WORD x | COMMENT /*/ y */"),
        Arguments.of("SELECT 1 -- c\rDROP", "WORD SELECT | NUMBER 1 | COMMENT -- c | WORD DROP"),
        Arguments.of("# x", "OPERATOR # | WORD x"),
        Arguments.of("'a'\n'b' x", "STRING 'a'\n'b' | WORD x"),
        Arguments.of("'a' 'b'", "STRING 'a' | STRING 'b'"),
        Arguments.of("'a' -- c\n  -- d\n 'b'", "STRING 'a' -- c\n  -- d\n 'b'"),
        Arguments.of("'a' /* c */\n'b'", "STRING 'a' | COMMENT /* c */ | STRING 'b'"),
        Arguments.of("'a'\n-- c", "STRING 'a' | COMMENT -- c"),
        Arguments.of("B'01'\n'10'", "STRING B'01'\n'10'"),
        Arguments.of("{fn x}", "LEFT_BRACE { | WORD fn | WORD x | RIGHT_BRACE }"));
  }

  static Stream<Arguments> mysqlTokens() {
    return Stream.of(
        Arguments.of("'it\\'s' x", "STRING 'it\\'s' | WORD x"),
        Arguments.of("'a\\\\' x", "STRING 'a\\\\' | WORD x"),
        Arguments.of("'it''s'", "STRING 'it''s'"),
        Arguments.of("\"a\\\"b\" \"a\"\"b\"", "STRING \"a\\\"b\" | STRING \"a\"\"b\""),
        Arguments.of("`a``b` `x`", "QUOTED_IDENTIFIER `a``b` | QUOTED_IDENTIFIER `x`"),
        Arguments.of("`a\\` b", "QUOTED_IDENTIFIER `a\\` | WORD b"),
        Arguments.of("# c ; DROP\nx", "COMMENT # c ; DROP | WORD x"),
        Arguments.of("-- c\nx", "COMMENT -- c | WORD x"),
        Arguments.of("--\tc\nx", "COMMENT --\tc | WORD x"),
        Arguments.of("x --", "WORD x | COMMENT --"),
        Arguments.of("x --\n", "WORD x | COMMENT --"),
        Arguments.of("1--1", "NUMBER 1 | OPERATOR - | OPERATOR - | NUMBER 1"),
        Arguments.of("--x", "OPERATOR - | OPERATOR - | WORD x"),
        Arguments.of("--\u0001x\ny", "ERROR --\u0001x | WORD y"),
        Arguments.of("-- c\rDROP\nx", "COMMENT -- c\rDROP | WORD x"),
        Arguments.of("/* a /* b */ c", "COMMENT /* a /* b */ | WORD c"),
        Arguments.of("/*! DROP */", "EXECUTABLE_COMMENT /*! DROP */"),
        Arguments.of("/*!50001 DROP */", "EXECUTABLE_COMMENT /*!50001 DROP */"),
        Arguments.of("/*M! DROP */", "EXECUTABLE_COMMENT /*M! DROP */"),
        Arguments.of("/*m! DROP */", "EXECUTABLE_COMMENT /*m! DROP */"),
        Arguments.of("/*!M100000 DROP */", "EXECUTABLE_COMMENT /*!M100000 DROP */"),
        Arguments.of("/*+ BKA(t) */", "COMMENT /*+ BKA(t) */"),
        Arguments.of("/*+ SET_VAR(sql_mode='') */", "ERROR /*+ SET_VAR(sql_mode='') */"),
        Arguments.of("/* M! x */", "COMMENT /* M! x */"),
        Arguments.of("$$ x", "ERROR $$ | WORD x"),
        Arguments.of("$a$ x", "ERROR $a$ | WORD x"),
        Arguments.of("$1$", "ERROR $1$"),
        Arguments.of("$a a$$b $", "WORD $a | WORD a$$b | WORD $"),
        Arguments.of("0x1F 0X1F 0b101 0b12 0x", "NUMBER 0x1F | WORD 0X1F | NUMBER 0b101 | WORD 0b12"
            + " | WORD 0x"),
        Arguments.of("1e5 1e+5 1.5e-3 .5 1. 1abc 1_000 0x1G 1e",
            "NUMBER 1e5 | NUMBER 1e+5 | NUMBER 1.5e-3 | NUMBER .5 | NUMBER 1. | WORD 1abc"
                + " | WORD 1_000 | WORD 0x1G | WORD 1e"),
        Arguments.of("X'1F' x'' b'01' N'x' n'y'",
            "STRING X'1F' | STRING x'' | STRING b'01' | STRING N'x' | STRING n'y'"),
        Arguments.of("X'1' X'1G' B'2'", "ERROR X'1' | ERROR X'1G' | ERROR B'2'"),
        Arguments.of("_utf8mb4'x'", "WORD _utf8mb4 | STRING 'x'"),
        Arguments.of("E'x'", "WORD E | STRING 'x'"),
        Arguments.of("U&'x'", "WORD U | OPERATOR & | STRING 'x'"),
        Arguments.of("@a @@session.x @'x'",
            "OPERATOR @ | WORD a | OPERATOR @ | OPERATOR @ | WORD session | DOT . | WORD x"
                + " | OPERATOR @ | STRING 'x'"),
        Arguments.of("a<=>b", "WORD a | OPERATOR <=> | WORD b"),
        Arguments.of("j->'$.a' j->>'$.a'",
            "WORD j | OPERATOR -> | STRING '$.a' | WORD j | OPERATOR ->> | STRING '$.a'"),
        Arguments.of("a:=1 && b || c", "WORD a | OPERATOR := | NUMBER 1 | OPERATOR && | WORD b"
            + " | OPERATOR || | WORD c"),
        Arguments.of("a::b", "WORD a | OPERATOR : | OPERATOR : | WORD b"),
        Arguments.of("\\N", "ERROR \\ | WORD N"),
        Arguments.of("t.5 t .5", "WORD t | DOT . | NUMBER 5 | WORD t | NUMBER .5"),
        Arguments.of("? ?", "PARAMETER ? | PARAMETER ?"));
  }

  static Stream<Arguments> genericTokens() {
    return Stream.of(
        Arguments.of(":name :1 x::int a:=b",
            "PARAMETER :name | PARAMETER :1 | WORD x | OPERATOR :: | WORD int | WORD a"
                + " | OPERATOR := | WORD b"),
        Arguments.of("a : b", "WORD a | OPERATOR : | WORD b"),
        Arguments.of("'it''s' \"a\"\"b\"", "STRING 'it''s' | QUOTED_IDENTIFIER \"a\"\"b\""),
        Arguments.of("'a\\b' 'a\\\\'", "STRING 'a\\b' | STRING 'a\\\\'"),
        Arguments.of("'C:\\'", "ERROR 'C:\\'"),
        Arguments.of("\"a\\\" x", "ERROR \"a\\\" x"),
        Arguments.of("N'x' U&'y' X'1F' B'01'",
            "STRING N'x' | STRING U&'y' | STRING X'1F' | STRING B'01'"),
        Arguments.of("E'x'", "WORD E | STRING 'x'"),
        Arguments.of("# x", "ERROR # | WORD x"),
        Arguments.of("`x`", "ERROR ` | WORD x | ERROR `"),
        Arguments.of("$1 a$b", "ERROR $ | NUMBER 1 | WORD a$b"),
        Arguments.of("/* a */ /*! b */", "COMMENT /* a */ | EXECUTABLE_COMMENT /*! b */"),
        Arguments.of("/* a /* b */ c", "ERROR /* a /* b */ | WORD c"),
        Arguments.of("/*+ x('*/') */", "ERROR /*+ x('*/ | ERROR ') */"),
        Arguments.of("-- c\rDROP", "COMMENT -- c | WORD DROP"),
        Arguments.of("1--1", "NUMBER 1 | COMMENT --1"),
        Arguments.of("[a]", "LEFT_BRACKET [ | WORD a | RIGHT_BRACKET ]"),
        Arguments.of("[a'b]", "ERROR [a'b]"),
        Arguments.of("[--] x", "ERROR [--] | WORD x"),
        Arguments.of("[a]]b]",
            "LEFT_BRACKET [ | WORD a | RIGHT_BRACKET ] | RIGHT_BRACKET ] | WORD b"
                + " | RIGHT_BRACKET ]"),
        Arguments.of("[[1]]", "LEFT_BRACKET [ | LEFT_BRACKET [ | NUMBER 1 | RIGHT_BRACKET ]"
            + " | RIGHT_BRACKET ]"),
        Arguments.of("[ 'x'", "LEFT_BRACKET [ | STRING 'x'"),
        Arguments.of("a <= b <> c != d ->> e", "WORD a | OPERATOR <= | WORD b | OPERATOR <>"
            + " | WORD c | OPERATOR != | WORD d | OPERATOR ->> | WORD e"),
        Arguments.of("0x1F 1.5e3", "NUMBER 0 | WORD x1F | NUMBER 1.5e3"),
        Arguments.of("caf\u00e9 \u00fcber", "WORD caf\u00e9 | WORD \u00fcber"));
  }

  @ParameterizedTest(name = "[postgres] {0}")
  @MethodSource("postgresTokens")
  void lexesPostgresLikeThePostgresServer(String sql, String tokens) {
    assertThat(lex(POSTGRES, sql)).isEqualTo(expected(tokens));
  }

  @ParameterizedTest(name = "[mysql] {0}")
  @MethodSource("mysqlTokens")
  void lexesMySqlLikeTheMySqlServer(String sql, String tokens) {
    assertThat(lex(MYSQL, sql)).isEqualTo(expected(tokens));
  }

  @ParameterizedTest(name = "[generic] {0}")
  @MethodSource("genericTokens")
  void lexesGenericAsAnsiAndFailsClosedOnAmbiguity(String sql, String tokens) {
    assertThat(lex(GENERIC, sql)).isEqualTo(expected(tokens));
  }

  // ---------------------------------------------------------------------------------------------
  // Behaviour that matters for security, spelled out

  @Test
  void treatsBackslashInPlainPostgresStringAsText() {
    assertThat(types(POSTGRES, "SELECT 'a\\'; DROP TABLE t; --'"))
        .containsExactly(TokenType.WORD, TokenType.STRING, TokenType.SEMICOLON, TokenType.WORD,
            TokenType.WORD, TokenType.WORD, TokenType.SEMICOLON, TokenType.COMMENT);
  }

  @Test
  void keepsEscapeModeWhenPostgresEStringContinuesOnNextLine() {
    // the continued part is still an E-string, so \' does not end it: the DROP is real SQL
    String sql = "SELECT E''\n'\\'' ; DROP TABLE t; --'";
    assertThat(lex(POSTGRES, sql))
        .containsExactly("WORD SELECT", "STRING E''\n'\\''", "SEMICOLON ;", "WORD DROP",
            "WORD TABLE", "WORD t", "SEMICOLON ;", "COMMENT --'");
  }

  @Test
  void treatsHashAsCommentInMySqlButOperatorInPostgres() {
    assertThat(types(MYSQL, "SELECT 1 # ; DROP TABLE t"))
        .containsExactly(TokenType.WORD, TokenType.NUMBER, TokenType.COMMENT);
    assertThat(types(POSTGRES, "SELECT 1 # 2"))
        .containsExactly(TokenType.WORD, TokenType.NUMBER, TokenType.OPERATOR, TokenType.NUMBER);
  }

  @Test
  void nestsBlockCommentsOnlyInPostgres() {
    String sql = "/* a /* b */ ; DROP TABLE t */";
    assertThat(types(POSTGRES, sql)).containsExactly(TokenType.COMMENT);
    assertThat(lex(MYSQL, sql))
        .containsExactly("COMMENT /* a /* b */", "SEMICOLON ;", "WORD DROP", "WORD TABLE",
            "WORD t", "OPERATOR *", "OPERATOR /");
    assertThat(types(GENERIC, sql)).first().isEqualTo(TokenType.ERROR);
  }

  @Test
  void turnsUnterminatedConstructsIntoOneErrorToTheEnd() {
    String[][] cases = {
      {"postgres", "SELECT 'abc; DROP TABLE t"},
      {"postgres", "SELECT E'abc\\'; DROP TABLE t"},
      {"postgres", "SELECT \"abc; DROP TABLE t"},
      {"postgres", "SELECT /* a /* b */ ; DROP TABLE t"},
      {"postgres", "SELECT $a$ ; DROP TABLE t $A$"},
      {"postgres", "SELECT U&'x"},
      {"postgres", "SELECT X'1F"},
      {"postgres", "SELECT 'a'\n'b"},
      {"mysql", "SELECT 'abc\\'; DROP TABLE t"},
      {"mysql", "SELECT \"abc; DROP TABLE t"},
      {"mysql", "SELECT `abc; DROP TABLE t"},
      {"mysql", "SELECT /* ; DROP TABLE t"},
      {"mysql", "SELECT /*! DROP TABLE t"},
      {"mysql", "SELECT 'a\\"},
      {"generic", "SELECT 'abc; DROP TABLE t"},
      {"generic", "SELECT \"abc; DROP TABLE t"},
      {"generic", "SELECT /* ; DROP TABLE t"},
    };
    for (String[] c : cases) {
      String sql = c[1];
      List<Token> tokens = SqlLexer.tokenize(sql, Dialect.fromId(c[0]));
      Token last = tokens.get(tokens.size() - 1);
      assertThat(last.type()).as(c[0] + ": " + sql).isEqualTo(TokenType.ERROR);
      assertThat(last.end()).as(c[0] + ": " + sql).isEqualTo(sql.length());
      assertThat(tokens.get(0).text(sql)).isEqualTo("SELECT");
      assertThat(tokens).as(c[0] + ": " + sql).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void failsClosedOnNulAnywhere(Dialect d) {
    String[] cases = {
      "SELECT 1\0",
      "SELECT '\0'",
      "SELECT \"a\0\"",
      "DELETE FROM t -- \0 x\nWHERE id = 1",
      "SELECT 1 /* \0 */",
      "SELECT $$\0$$",
      "SELECT `\0`",
    };
    for (String sql : cases) {
      assertThat(types(d, sql)).as(d + ": " + sql.replace("\0", "\\0")).contains(TokenType.ERROR);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void failsClosedOnControlAndInvisibleCharacters(Dialect d) {
    String[] cases = {
      "SELECT\u0001 1",
      "SELECT\u007f 1",
      "DROP\u00a0TABLE t",
      "DROP\u200bTABLE t",
      "\ufeffDROP TABLE t",
      "DROP\u2028TABLE t",
      "DROP\u0085TABLE t",
      "SELECT \ud800 1",
      "SELECT \udc00",
      "SELECT a\ud800",
      "SELECT \ue000",
    };
    for (String sql : cases) {
      assertThat(types(d, sql)).as(d + ": " + sql).contains(TokenType.ERROR);
    }
  }

  @Test
  void acceptsLettersOfAnyScriptInIdentifiers() {
    for (Dialect d : Dialect.values()) {
      assertThat(lex(d, "SELECT caf\u00e9, \u8868\u540d FROM \u0442\u0430\u0431"))
          .as(d.id())
          .containsExactly("WORD SELECT", "WORD caf\u00e9", "COMMA ,", "WORD \u8868\u540d",
              "WORD FROM", "WORD \u0442\u0430\u0431");
    }
  }

  @Test
  void acceptsEmojiIdentifiersOnlyWhereTheServerDoes() {
    String sql = "SELECT \ud83d\ude00";
    assertThat(lex(POSTGRES, sql)).containsExactly("WORD SELECT", "WORD \ud83d\ude00");
    assertThat(lex(MYSQL, sql)).containsExactly("WORD SELECT", "ERROR \ud83d\ude00");
  }

  @Test
  void refusesDollarTagWithUnpairedSurrogateBecauseDriversTurnItIntoQuestionMark() {
    assertThat(types(POSTGRES, "SELECT $\ud800$ ; DROP TABLE t; $\ud800$"))
        .contains(TokenType.ERROR, TokenType.SEMICOLON);
  }

  // ---------------------------------------------------------------------------------------------
  // Line numbers

  @Test
  void countsLfCrLfAndLoneCrAsLineBreaks() {
    String sql = "a\r\nb\rc\nd\n\n/*\r\n*/ e 'x\ny' f";
    List<Token> tokens = SqlLexer.tokenize(sql, POSTGRES);
    assertThat(tokens).extracting(Token::line).containsExactly(1, 2, 3, 4, 6, 7, 7, 8);
  }

  // ---------------------------------------------------------------------------------------------
  // Token helpers and decoding

  @Test
  void matchesKeywordsIgnoringAsciiCaseOnly() {
    String sql = "select SeLeCt \u017fELECT \"SELECT\" SELECTED";
    List<Token> t = SqlLexer.tokenize(sql, POSTGRES);
    assertThat(t.get(0).isWord(sql, "SELECT")).isTrue();
    assertThat(t.get(1).isWord(sql, "SELECT")).isTrue();
    assertThat(t.get(2).isWord(sql, "SELECT")).isFalse();
    assertThat(t.get(3).isWord(sql, "SELECT")).isFalse();
    assertThat(t.get(4).isWord(sql, "SELECT")).isFalse();
  }

  static Stream<Arguments> stringValues() {
    return Stream.of(
        Arguments.of(POSTGRES, "'it''s'", "it's"),
        Arguments.of(POSTGRES, "'a\\'", "a\\"),
        Arguments.of(POSTGRES, "E'it\\'s\\n\\t\\\\'", "it's\n\t\\"),
        Arguments.of(POSTGRES, "E'\\303\\251 \\xC3\\xA9 \\u00e9 \\U0001F600 \\q'",
            "\u00e9 \u00e9 \u00e9 \ud83d\ude00 q"),
        Arguments.of(POSTGRES, "E'\\x' E'\\x4' E'\\101'", "x"),
        Arguments.of(POSTGRES, "U&'d\\0061t\\+000061 \\\\'", "data \\"),
        Arguments.of(POSTGRES, "N'x''y'", "x'y"),
        Arguments.of(POSTGRES, "$$it's \\ $$", "it's \\ "),
        Arguments.of(POSTGRES, "$body$ $$ $body$", " $$ "),
        Arguments.of(POSTGRES, "'a'\n  -- c\n'b''c'", "ab'c"),
        Arguments.of(POSTGRES, "E'a'\n'\\n'", "a\n"),
        Arguments.of(POSTGRES, "X'1F'\n'2E'", "1F2E"),
        Arguments.of(POSTGRES, "B'0101'", "0101"),
        Arguments.of(MYSQL, "'it\\'s'", "it's"),
        Arguments.of(MYSQL, "'it''s'", "it's"),
        Arguments.of(MYSQL, "\"a\"\"b\\\"c\"", "a\"b\"c"),
        Arguments.of(MYSQL, "'\\0\\b\\n\\r\\t\\Z\\\\\\x'", "\0\b\n\r\t\u001a\\x"),
        Arguments.of(MYSQL, "'100\\% \\_'", "100\\% \\_"),
        Arguments.of(MYSQL, "N'a\\'b'", "a'b"),
        Arguments.of(MYSQL, "X'1F'", "1F"),
        Arguments.of(GENERIC, "'it''s'", "it's"),
        Arguments.of(GENERIC, "'a\\b'", "a\\b"),
        Arguments.of(GENERIC, "U&'\\00e9'", "\u00e9"));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("stringValues")
  void decodesStringLiteralsPerDialect(Dialect d, String sql, String value) {
    Token first = SqlLexer.tokenize(sql, d).get(0);
    assertThat(first.type()).isEqualTo(TokenType.STRING);
    assertThat(SqlLexer.stringValue(sql, first, d)).isEqualTo(value);
  }

  @Test
  void decodesQuotedIdentifiers() {
    String pg = "\"a\"\"b\" U&\"d\\0061t\" plain";
    List<Token> t = SqlLexer.tokenize(pg, POSTGRES);
    assertThat(SqlLexer.identifierValue(pg, t.get(0), POSTGRES)).isEqualTo("a\"b");
    assertThat(SqlLexer.identifierValue(pg, t.get(1), POSTGRES)).isEqualTo("dat");
    assertThat(SqlLexer.identifierValue(pg, t.get(2), POSTGRES)).isEqualTo("plain");
    String my = "`a``b` Plain";
    List<Token> m = SqlLexer.tokenize(my, MYSQL);
    assertThat(SqlLexer.identifierValue(my, m.get(0), MYSQL)).isEqualTo("a`b");
    assertThat(SqlLexer.identifierValue(my, m.get(1), MYSQL)).isEqualTo("Plain");
  }

  @Test
  void returnsTokenTextWhenDecodingOtherTokensOrNulls() {
    String sql = "SELECT 1";
    Token word = SqlLexer.tokenize(sql, POSTGRES).get(0);
    assertThat(SqlLexer.stringValue(sql, word, POSTGRES)).isEqualTo("SELECT");
    assertThat(SqlLexer.stringValue(null, word, POSTGRES)).isEmpty();
    assertThat(SqlLexer.identifierValue(sql, null, POSTGRES)).isEmpty();
    assertThat(SqlLexer.stringValue("x", new Token(TokenType.STRING, 0, 9, 1), MYSQL))
        .isEqualTo("x");
  }

  @Test
  void returnsNoTokensForNullOrEmptyInputAndTreatsNullDialectAsGeneric() {
    assertThat(SqlLexer.tokenize(null, POSTGRES)).isEmpty();
    assertThat(SqlLexer.tokenize("", MYSQL)).isEmpty();
    assertThat(SqlLexer.tokenize(" \t\r\n\f\u000b", MYSQL)).isEmpty();
    assertThat(lex(null, "# x")).containsExactly("ERROR #", "WORD x");
  }

  // ---------------------------------------------------------------------------------------------
  // Robustness: never throws, linear, iterative

  /** Every non-white-space character is in exactly one token, in order. */
  static void assertWellFormed(String sql, List<Token> tokens) {
    int previousEnd = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(sql.length());
      for (int k = previousEnd; k < t.start(); k++) {
        assertThat(SqlLexer.isSpace(sql.charAt(k)))
            .as("gap character %d in %s", (int) sql.charAt(k), tokens)
            .isTrue();
      }
      previousEnd = t.end();
    }
    for (int k = previousEnd; k < sql.length(); k++) {
      assertThat(SqlLexer.isSpace(sql.charAt(k))).isTrue();
    }
  }

  @Test
  void neverThrowsOnRandomGarbageAndCoversEveryCharacter() {
    Random random = new Random(20240611L);
    String alphabet = "'\"`$;-/*#!?:@\\[](){}.,0123456789eExXbBuUnNMm+&|<>=_ \t\r\n\0\u000b"
        + "\u00a0\u00e9\ud800\udc00\ud83d\ude00\ufeff\u2028";
    for (int round = 0; round < 3000; round++) {
      int length = random.nextInt(120);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(random.nextInt(8) == 0
            ? (char) random.nextInt(0x10000)
            : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String sql = sb.toString();
      for (Dialect d : Dialect.values()) {
        assertThatCode(() -> {
              List<Token> tokens = SqlLexer.tokenize(sql, d);
              assertWellFormed(sql, tokens);
              for (Token t : tokens) {
                SqlLexer.stringValue(sql, t, d);
                SqlLexer.identifierValue(sql, t, d);
              }
              for (StatementSpan s : SqlSplitter.split(sql, tokens, d)) {
                ParserText.of(sql, tokens, s.firstToken(), s.endToken(), d);
              }
              SqlSplitter.splitScript(sql, d);
            })
            .as("%s: %s", d, sql)
            .doesNotThrowAnyException();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void handlesTenThousandNestedParenthesesWithoutRecursion(Dialect d) {
    String sql = "SELECT " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; SELECT 2";
    List<Token> tokens = SqlLexer.tokenize(sql, d);
    assertThat(tokens).hasSize(20_005);
    assertThat(SqlSplitter.split(sql, tokens, d)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void lexesOneMegabyteStatements(Dialect d) {
    String big = "x".repeat(1 << 20);
    String literal = "SELECT '" + big + "' FROM t";
    assertThat(types(d, literal))
        .containsExactly(TokenType.WORD, TokenType.STRING, TokenType.WORD, TokenType.WORD);
    String words = "SELECT " + "a, ".repeat(350_000) + "b";
    assertThat(SqlLexer.tokenize(words, d)).hasSize(700_002);
    String comment = "SELECT 1 /*" + big + "*/";
    assertThat(types(d, comment)).last().isEqualTo(TokenType.COMMENT);
    String unterminated = "SELECT '" + big;
    assertThat(types(d, unterminated)).last().isEqualTo(TokenType.ERROR);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void staysLinearOnPathologicalInputs(Dialect d) {
    // each of these would be quadratic with a naive look-ahead; they must simply finish
    String[] inputs = {
      "[".repeat(200_000),
      "[".repeat(100_000) + "]",
      "'a' ".repeat(100_000),
      "'a'\n ".repeat(100_000),
      "$a$" + "$a".repeat(100_000),
      "$abcdefghij$" + "$abcdefghi".repeat(50_000),
      "/*".repeat(100_000),
      "/* a */".repeat(100_000),
      "'\\".repeat(100_000),
      "e'\\".repeat(100_000),
      "--\n".repeat(100_000),
      "1".repeat(300_000) + "e",
      "a".repeat(300_000),
      "\"".repeat(200_001),
    };
    for (String sql : inputs) {
      List<Token> tokens = SqlLexer.tokenize(sql, d);
      assertWellFormed(sql, tokens);
      SqlSplitter.split(sql, tokens, d);
    }
  }

  @Test
  void returnsImmutableTokenLists() {
    List<Token> tokens = SqlLexer.tokenize("SELECT 1", POSTGRES);
    assertThatCode(() -> tokens.add(tokens.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void producesOnlyErrorTokensForBinaryGarbage() {
    List<String> seen = new ArrayList<>();
    for (char c = 0; c < 0x20; c++) {
      if (!SqlLexer.isSpace(c)) {
        String sql = "SELECT" + c + "1";
        seen.add(types(MYSQL, sql).toString());
        assertThat(types(POSTGRES, sql)).contains(TokenType.ERROR);
        assertThat(types(MYSQL, sql)).contains(TokenType.ERROR);
        assertThat(types(GENERIC, sql)).contains(TokenType.ERROR);
      }
    }
    assertThat(seen).hasSize(27);
  }
}
