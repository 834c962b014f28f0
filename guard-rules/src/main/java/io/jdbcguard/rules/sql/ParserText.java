package io.jdbcguard.rules.sql;

import io.jdbcguard.rules.Dialect;
import java.util.List;
import java.util.Objects;

/**
 * One statement re-rendered from its tokens, so that JSqlParser sees exactly the tokens the
 * server's lexer sees, and a log-safe fingerprint of it.
 *
 * <p>{@code text} joins the tokens in order. Where the original had white space or comments there
 * is one space; every comment becomes that space, so {@code DR/**}{@code /OP} becomes {@code DR
 * OP} and no longer parses. Every string literal (PostgreSQL {@code ''}, {@code E''}, {@code
 * U&''}, dollar quotes, MySQL {@code ''}/{@code ""} with backslash escapes, {@code N''}) is decoded
 * and re-encoded as a standard {@code '..'} literal with {@code '} doubled and every backslash
 * replaced by U+E000: whether JSqlParser reads a backslash as an escape depends on its
 * configuration ({@code withBackslashEscapeCharacter}), not on the dialect, so without backslashes
 * the literal means the same to it either way. {@code X'..'}/{@code B'..'} keep their prefix and
 * digits. Everything else is copied verbatim,
 * including EXECUTABLE_COMMENT and ERROR tokens, which the engine blocks on its own.
 *
 * <p>Where two tokens touched in the original, a space is still inserted if JSqlParser could glue
 * them into another token: between two operators ({@code 1--1} is {@code 1 - - 1} in MySQL, not a
 * comment), between an operator and an operand ({@code 1#2}: JSqlParser allows {@code #} in
 * identifiers), between two operands ({@code _utf8mb4'x'}, {@code 'a'"b"}), and around
 * EXECUTABLE_COMMENT and ERROR tokens. MySQL's {@code @} stays glued ({@code @var}, {@code
 * @@session.x}, {@code 'u'@'h'}). An operator containing {@code //} (a comment for JSqlParser) is
 * spelled out with spaces, so it fails to parse instead of hiding the rest of the line.
 *
 * @param text the statement for JSqlParser
 * @param fingerprint the same rendering with every STRING, NUMBER and ERROR token replaced by
 *     {@code ?}, every EXECUTABLE_COMMENT by {@code /*!?*}{@code /}, comments dropped: equal for
 *     statements that differ only in their values, and free of literal values, so safe to log
 */
public record ParserText(String text, String fingerprint) {

  /** What every backslash inside a re-encoded string literal becomes. */
  public static final char BACKSLASH_REPLACEMENT = '\uE000';

  public ParserText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * Renders the tokens [firstToken, endToken) of one statement, typically a {@link StatementSpan}.
   * Indexes outside the list are clamped.
   */
  public static ParserText of(
      String sql, List<Token> tokens, int firstToken, int endToken, Dialect dialect) {
    if (sql == null || tokens == null) {
      return new ParserText("", "");
    }
    Dialect d = dialect == null ? Dialect.GENERIC : dialect;
    int from = Math.max(0, Math.min(firstToken, tokens.size()));
    int to = Math.max(from, Math.min(endToken, tokens.size()));
    int estimate = to > from ? tokens.get(to - 1).end() - tokens.get(from).start() : 0;
    StringBuilder text = new StringBuilder(Math.max(16, estimate + 16));
    StringBuilder fingerprint = new StringBuilder(Math.max(16, estimate / 2));
    Token previous = null;
    boolean gap = false;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.end() > sql.length()) {
        break; // tokens of another string: render what is consistent
      }
      if (t.type() == TokenType.COMMENT) {
        gap = true;
        continue;
      }
      if (previous != null
          && (gap || t.start() > previous.end() || needsSpace(sql, previous, t, d))) {
        text.append(' ');
        fingerprint.append(' ');
      }
      int escape = unicodeEscapeClause(sql, tokens, i, to);
      if (escape > i) {
        // U&'..' UESCAPE '!' / U&".." UESCAPE '!': one literal or name, decoded with its escape
        char e = SqlLexer.stringValue(sql, tokens.get(escape), d).charAt(0);
        if (t.type() == TokenType.STRING) {
          appendStandardLiteral(text, SqlLexer.stringValue(sql, t, d, e));
          fingerprint.append('?');
        } else {
          String name = SqlLexer.identifierValue(sql, t, d, e);
          text.append('"').append(name.replace("\"", "\"\"")).append('"');
          fingerprint.append('"').append(name.replace("\"", "\"\"")).append('"');
        }
        previous = tokens.get(escape);
        i = escape;
        gap = false;
        continue;
      }
      if (t.type() == TokenType.QUOTED_IDENTIFIER && isUnicodeQuoted(sql, t)) {
        // U&"d\0061t" is the quoted name "dat"
        String name = SqlLexer.identifierValue(sql, t, d);
        text.append('"').append(name.replace("\"", "\"\"")).append('"');
        fingerprint.append('"').append(name.replace("\"", "\"\"")).append('"');
        previous = t;
        gap = false;
        continue;
      }
      appendText(text, sql, t, d);
      appendFingerprint(fingerprint, sql, t);
      previous = t;
      gap = false;
    }
    return new ParserText(text.toString(), fingerprint.toString());
  }

  private static boolean isUnicodeQuoted(String sql, Token t) {
    return t.length() > 3 && (sql.charAt(t.start()) == 'u' || sql.charAt(t.start()) == 'U')
        && sql.charAt(t.start() + 1) == '&';
  }

  /**
   * For a {@code U&} literal or identifier at {@code i} followed by {@code UESCAPE 'c'} (comments
   * may stand between), the index of the {@code 'c'} token; else -1.
   */
  private static int unicodeEscapeClause(String sql, List<Token> tokens, int i, int to) {
    Token t = tokens.get(i);
    if ((t.type() != TokenType.STRING && t.type() != TokenType.QUOTED_IDENTIFIER) || !isUnicodeQuoted(sql, t)) {
      return -1;
    }
    int k = i + 1;
    while (k < to && tokens.get(k).type() == TokenType.COMMENT) {
      k++;
    }
    if (k >= to || !tokens.get(k).isWord(sql, "UESCAPE")) {
      return -1;
    }
    k++;
    while (k < to && tokens.get(k).type() == TokenType.COMMENT) {
      k++;
    }
    if (k >= to || tokens.get(k).type() != TokenType.STRING || tokens.get(k).end() > sql.length()
        || SqlLexer.stringValue(sql, tokens.get(k), Dialect.GENERIC).length() != 1) {
      return -1;
    }
    return k;
  }

  private static void appendText(StringBuilder out, String sql, Token t, Dialect dialect) {
    switch (t.type()) {
      case STRING:
        String value = SqlLexer.stringValue(sql, t, dialect);
        if (SqlLiterals.isBitString(sql, t)) {
          out.append(sql.charAt(t.start())).append('\'').append(value).append('\'');
        } else {
          appendStandardLiteral(out, value);
        }
        break;
      case OPERATOR:
        appendOperator(out, sql, t);
        break;
      default:
        out.append(sql, t.start(), t.end());
        break;
    }
  }

  private static void appendFingerprint(StringBuilder out, String sql, Token t) {
    switch (t.type()) {
      case STRING:
      case NUMBER:
      case ERROR:
        out.append('?');
        break;
      case EXECUTABLE_COMMENT:
        out.append("/*!?*/");
        break;
      case OPERATOR:
        appendOperator(out, sql, t);
        break;
      default:
        out.append(sql, t.start(), t.end());
        break;
    }
  }

  /** {@code '..'} with {@code '} doubled and backslashes replaced. */
  static void appendStandardLiteral(StringBuilder out, String value) {
    out.append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\'') {
        out.append("''");
      } else if (c == '\\') {
        out.append(BACKSLASH_REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    out.append('\'');
  }

  private static void appendOperator(StringBuilder out, String sql, Token t) {
    boolean slashes = false;
    for (int i = t.start(); i + 1 < t.end(); i++) {
      if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '/') {
        slashes = true;
      }
    }
    if (!slashes) {
      out.append(sql, t.start(), t.end());
      return;
    }
    for (int i = t.start(); i < t.end(); i++) {
      if (i > t.start()) {
        out.append(' ');
      }
      out.append(sql.charAt(i));
    }
  }

  private static boolean needsSpace(String sql, Token a, Token b, Dialect dialect) {
    if (isOpaque(a) || isOpaque(b)) {
      return true;
    }
    if (dialect == Dialect.MYSQL && (isAtSign(sql, a) || isAtSign(sql, b))) {
      return false;
    }
    if (a.type() == TokenType.OPERATOR) {
      return b.type() == TokenType.OPERATOR || isOperand(b);
    }
    if (b.type() == TokenType.OPERATOR) {
      return isOperand(a);
    }
    return isOperand(a) && isOperand(b);
  }

  private static boolean isOpaque(Token t) {
    return t.type() == TokenType.ERROR || t.type() == TokenType.EXECUTABLE_COMMENT;
  }

  private static boolean isOperand(Token t) {
    switch (t.type()) {
      case WORD:
      case QUOTED_IDENTIFIER:
      case STRING:
      case NUMBER:
      case PARAMETER:
        return true;
      default:
        return false;
    }
  }

  private static boolean isAtSign(String sql, Token t) {
    return t.type() == TokenType.OPERATOR && t.length() == 1 && sql.charAt(t.start()) == '@';
  }
}
