package io.jdbcguard.driver.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.GuardEngine;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementSpan;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MariaDB Connector/J's own placeholder parser (the 3.x on the test class path) against the
 * guard's lexer, with fixed cases for the disagreement classes the seeded generator found, and the
 * differential property itself: for every string the guard lets through, the text the connector
 * builds with a hostile bound value is read by the server as the guard's statements, with a string
 * literal where each placeholder was.
 */
class MariaDbReadingTest {

  private static final int STRINGS = Integer.getInteger("jdbcguard.split.strings", 3000);
  private static final long SEED = Long.getLong("jdbcguard.split.seed", 20261203L);

  private final GuardEngine engine = GuardEngine.forDialect(Dialect.MYSQL);
  private final MariaDbReading connector = bind(false);
  private final MariaDbReading rewriting = bind(true);

  private static MariaDbReading bind(boolean rewrite) {
    try {
      return MariaDbReading.forParser(
          MariaDbReadingTest.class.getClassLoader(), null, false, rewrite, Dialect.MYSQL);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("MariaDB Connector/J is not on the test class path", e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // /*/ : the connector closes the comment with the opener's own *, the server does not
        "SELECT 1 /*/ , ? */",
        "SELECT id FROM t WHERE id = ? /*/ OR id = ? */",
        "SELECT 1 */*/ , ? -- x",
        // x'' and b'' literals have no backslash escapes; the connector reads \' as one
        "SELECT x'\\', ? -- '",
        "SELECT B'\\' , ? , '",
        "SELECT X'00' = x'\\' OR ? -- '",
        // a value pasted onto a word takes its prefix: x'..', b'..', an introducer
        "SELECT x?",
        "SELECT b? , 1",
        "SELECT _binary?",
      })
  void findsWhereTheConnectorWouldPasteValuesElsewhere(String sql) {
    assertThat(connector.disagreement(sql)).isNotNull().contains("MariaDB Connector/J");
    assertThat(rewriting.disagreement(sql)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "SELECT ?",
        "SELECT ?, '?', \"?\", `?` FROM dual",
        "SELECT ? -- a comment with ? and '\n, ? # another ?\n, /* ? */ ?",
        "SELECT 'it''s ?', 'a\\'?', ?",
        "SELECT 1 --'\n, ? -- '",
        "SELECT 1 - -1, ?",
        "INSERT INTO t (a, b) VALUES (?, ?)",
        "INSERT INTO t (a, b) VALUES (?, '(?)') ON DUPLICATE KEY UPDATE b = ?",
        "SELECT x'00', b'1', ?",
        "UPDATE t SET a = ? WHERE id = ?; DELETE FROM u WHERE id = ?",
        "SELECT 'é€𝄞', ?",
      })
  void agreesWhereItFindsTheSamePlaceholders(String sql) {
    assertThat(connector.disagreement(sql)).isNull();
    assertThat(rewriting.disagreement(sql)).isNull();
  }

  @Test
  void failsClosedOnJdbcEscapesWithoutTheConnectionsEscapeProcessing() {
    assertThat(connector.disagreement("SELECT {fn now()}, ?")).contains("escape processing");
  }

  @Test
  void aBoundValueNeverChangesTheStatementsOfAStringTheGuardLetsThrough() {
    SplitAlphabet alphabet = new SplitAlphabet(SEED);
    String hostile = "*/ ' \" ` \\ ; DROP TABLE t; -- \n /*";
    int agreed = 0;
    int disagreed = 0;
    for (int i = 0; i < STRINGS; i++) {
      String sql = alphabet.next(12);
      if (sql.indexOf('{') >= 0 || sql.indexOf('?') < 0) {
        continue;
      }
      if (connector.disagreement(sql) != null) {
        disagreed++;
        continue;
      }
      if (engine.check(sql).isBlocked()) {
        continue; // refused anyway (unterminated literals and the like)
      }
      agreed++;
      String sent = paste(sql, GuardReading.placeholderBytes(sql, Dialect.MYSQL), hostile);
      assertThat(shape(sent)).as("%s with a value bound", sql).isEqualTo(shape(sql));
    }
    assertThat(agreed).isPositive();
    assertThat(disagreed).as("the alphabet reaches the connector's blind spots").isPositive();
  }

  /** What the connector sends: each ? at a byte offset replaced by the escaped value, quoted. */
  private static String paste(String sql, List<Integer> offsets, String value) {
    byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
    String literal = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int offset : offsets) {
      out.append(new String(bytes, from, offset - from, StandardCharsets.UTF_8)).append(literal);
      from = offset + 1;
    }
    out.append(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
    return out.toString();
  }

  /**
   * Statements as token types, a placeholder counting as a string literal and adjacent literals as
   * one.
   */
  private static List<List<TokenType>> shape(String sql) {
    List<Token> tokens = SqlLexer.tokenize(sql, Dialect.MYSQL);
    List<List<TokenType>> out = new ArrayList<>();
    for (StatementSpan span : SqlSplitter.split(sql, tokens, Dialect.MYSQL)) {
      List<TokenType> statement = new ArrayList<>();
      for (int i = span.firstToken(); i < span.endToken(); i++) {
        TokenType type = tokens.get(i).type();
        if (type == TokenType.PARAMETER && sql.charAt(tokens.get(i).start()) == '?') {
          type = TokenType.STRING;
        }
        boolean adjacentLiteral =
            type == TokenType.STRING
                && !statement.isEmpty()
                && statement.get(statement.size() - 1) == TokenType.STRING;
        if (type != TokenType.COMMENT && !adjacentLiteral) {
          statement.add(type); // 'a''b' is one literal to the server: ?? pastes into one
        }
      }
      out.add(statement);
    }
    return out;
  }
}
