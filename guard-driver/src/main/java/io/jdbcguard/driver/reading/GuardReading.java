package io.jdbcguard.driver.reading;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.sql.SqlLexer;
import io.jdbcguard.rules.sql.SqlSplitter;
import io.jdbcguard.rules.sql.StatementSpan;
import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The guard's own reading of a string, in the form the comparisons need: the statements its
 * splitter finds, each as the sequence of its significant tokens, and where its placeholders are.
 * It uses the same lexer and splitter as the rule engine, so what is compared is exactly what the
 * rules analysed.
 */
final class GuardReading {

  private GuardReading() {}

  /**
   * The statements of {@code sql}, each as its tokens without comments: {@code TYPE:text} per
   * token. {@code pgjdbcQuestionMarks} folds {@code ??} into one {@code ?} as pgjdbc does before
   * sending.
   */
  static List<List<String>> statements(String sql, Dialect dialect, boolean pgjdbcQuestionMarks) {
    List<Token> tokens = SqlLexer.tokenize(sql, dialect);
    List<List<String>> out = new ArrayList<>();
    for (StatementSpan span : SqlSplitter.split(sql, tokens, dialect)) {
      List<String> statement = new ArrayList<>(span.tokenCount());
      for (int i = span.firstToken(); i < span.endToken(); i++) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.COMMENT) {
          continue;
        }
        if (pgjdbcQuestionMarks
            && isQuestionMark(sql, t)
            && i + 1 < span.endToken()
            && isQuestionMark(sql, tokens.get(i + 1))
            && tokens.get(i + 1).start() == t.end()) {
          i++; // pgjdbc sends ?? as one ?
        }
        statement.add(t.type().name() + ':' + t.text(sql));
      }
      out.add(statement);
    }
    return out;
  }

  /** The statements of several pieces sent one after the other, as one list. */
  static List<List<String>> statements(List<String> pieces, Dialect dialect) {
    List<List<String>> out = new ArrayList<>();
    for (String piece : pieces) {
      out.addAll(statements(piece, dialect, false));
    }
    return out;
  }

  /** The UTF-8 byte offsets of the {@code ?} placeholders the guard sees in {@code sql}. */
  static List<Integer> placeholderBytes(String sql, Dialect dialect) {
    List<Integer> out = new ArrayList<>();
    int chars = 0;
    int bytes = 0;
    for (Token t : SqlLexer.tokenize(sql, dialect)) {
      if (isQuestionMark(sql, t)) {
        bytes += utf8Length(sql, chars, t.start());
        chars = t.start();
        out.add(bytes);
      }
    }
    return out;
  }

  /** True when a {@code ?} placeholder directly follows a letter, digit, {@code _} or {@code $}. */
  static boolean placeholderAfterWord(String sql, Dialect dialect) {
    for (Token t : SqlLexer.tokenize(sql, dialect)) {
      if (isQuestionMark(sql, t) && t.start() > 0) {
        char before = sql.charAt(t.start() - 1);
        if (Character.isLetterOrDigit(before) || before == '_' || before == '$') {
          return true;
        }
      }
    }
    return false;
  }

  /** The UTF-8 byte offsets of the guard's parentheses outside literals and comments. */
  static List<Integer> parenthesisBytes(String sql, Dialect dialect) {
    List<Integer> out = new ArrayList<>();
    int chars = 0;
    int bytes = 0;
    for (Token t : SqlLexer.tokenize(sql, dialect)) {
      if (t.type() == TokenType.LEFT_PAREN || t.type() == TokenType.RIGHT_PAREN) {
        bytes += utf8Length(sql, chars, t.start());
        chars = t.start();
        out.add(bytes);
      }
    }
    return out;
  }

  private static boolean isQuestionMark(String sql, Token t) {
    return t.type() == TokenType.PARAMETER && t.length() == 1 && sql.charAt(t.start()) == '?';
  }

  private static int utf8Length(String sql, int from, int to) {
    return sql.substring(from, to).getBytes(StandardCharsets.UTF_8).length;
  }
}
