package io.jdbcguard.rules;

import io.jdbcguard.rules.sql.Token;
import io.jdbcguard.rules.sql.TokenType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Removes the JDBC escape syntax that JSqlParser does not read, before parsing: {@code {call
 * p(?)}} and {@code {? = call f(?)}} become {@code call p(?)} / {@code call f(?)}, {@code {oj t
 * LEFT JOIN u ON ...}} becomes the join, {@code {fn f(x)}} becomes {@code f(x)}, {@code {escape
 * '!'}} and {@code {limit n}} lose their braces. Date and time escapes ({@code {d ...}}, {@code {t
 * ...}}, {@code {ts ...}}) are left to JSqlParser, which reads them.
 */
final class JdbcEscapes {

  private JdbcEscapes() {}

  /** The tokens without escape braces and keywords; the same list when there are none. */
  static List<Token> strip(String sql, List<Token> tokens) {
    BitSet drop = null;
    ArrayDeque<Integer> open = new ArrayDeque<>();
    ArrayDeque<Boolean> dropping = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      TokenType type = tokens.get(i).type();
      if (type == TokenType.LEFT_BRACE) {
        int keyword = next(tokens, i);
        int skip = escapeWords(sql, tokens, keyword);
        open.push(i);
        dropping.push(skip >= 0);
        if (skip >= 0) {
          if (drop == null) {
            drop = new BitSet(tokens.size());
          }
          drop.set(i);
          for (int k = keyword; k < keyword + skip; k++) {
            drop.set(k);
          }
        }
      } else if (type == TokenType.RIGHT_BRACE && !open.isEmpty()) {
        open.pop();
        if (dropping.pop()) {
          drop.set(i);
        }
      }
    }
    if (drop == null) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (!drop.get(i)) {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  /**
   * How many tokens after the brace belong to the escape syntax (0 keeps them all but the braces
   * go), or -1 when the braces are not an escape JSqlParser needs removed.
   */
  private static int escapeWords(String sql, List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return -1;
    }
    Token t = tokens.get(k);
    if (t.isWord(sql, "CALL") || t.isWord(sql, "ESCAPE") || t.isWord(sql, "LIMIT")) {
      return 0;
    }
    if (t.isWord(sql, "OJ") || t.isWord(sql, "FN")) {
      return 1;
    }
    if (t.type() == TokenType.PARAMETER) {
      int eq = next(tokens, k);
      int call = next(tokens, eq);
      if (eq < tokens.size() && tokens.get(eq).text(sql).equals("=") && call < tokens.size()
          && tokens.get(call).isWord(sql, "CALL")) {
        return call - k; // drop "? =" and keep "call"
      }
    }
    return -1;
  }

  private static int next(List<Token> tokens, int i) {
    int j = i + 1;
    while (j < tokens.size() && tokens.get(j).type() == TokenType.COMMENT) {
      j++;
    }
    return j;
  }
}
