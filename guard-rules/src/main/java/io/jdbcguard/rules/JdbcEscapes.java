package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;

/**
 * JDBC call escapes the parser does not read: {@code {call p(?)}} becomes {@code CALL p(?)} and
 * {@code {? = call f(?)}} becomes {@code SELECT f(?)}. ({@code {fn ...}}, {@code {d ...}}, {@code
 * {ts ...}} inside a statement are understood by JSqlParser itself.)
 */
final class JdbcEscapes {

  private JdbcEscapes() {}

  static String rewrite(StatementContext s, String text) {
    if (s.type(0) != TokenType.LEFT_BRACE || s.type(s.size() - 1) != TokenType.RIGHT_BRACE) {
      return text;
    }
    String body = text.trim();
    body = body.substring(1, body.length() - 1).trim();
    boolean function = false;
    if (body.startsWith("?")) {
      String rest = body.substring(1).trim();
      if (!rest.startsWith("=")) {
        return text;
      }
      body = rest.substring(1).trim();
      function = true;
    }
    if (!body.toLowerCase(Locale.ROOT).startsWith("call") || body.length() < 5
        || !Character.isWhitespace(body.charAt(4))) {
      return text;
    }
    String call = body.substring(5).trim();
    return (function ? "SELECT " : "CALL ") + call;
  }
}
