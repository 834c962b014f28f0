package io.jdbcguard.rules.sql;

import java.util.Objects;

/**
 * One lexical token of a SQL string. A token does not copy its text; it points into the string it
 * was cut from.
 *
 * @param type what kind of token it is
 * @param start index of its first character in the SQL string
 * @param end index after its last character (exclusive)
 * @param line the 1-based line of its first character ({@code \n}, {@code \r\n} and a lone {@code
 *     \r} each end a line)
 */
public record Token(TokenType type, int start, int end, int line) {

  public Token {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start || line < 1) {
      throw new IllegalArgumentException(
          "bad token bounds: start=" + start + ", end=" + end + ", line=" + line);
    }
  }

  /** The number of characters the token covers. */
  public int length() {
    return end - start;
  }

  /** The token's text, {@code sql.substring(start, end)}. */
  public String text(String sql) {
    return sql.substring(start, end);
  }

  /**
   * True if this is a {@link TokenType#WORD} that equals {@code upperKeyword} ignoring ASCII case.
   * Only ASCII letters are folded, as the servers do for keywords, so {@code ſELECT} is not {@code
   * SELECT}. Allocates nothing.
   *
   * @param upperKeyword the keyword in upper case, e.g. {@code "DROP"}
   */
  public boolean isWord(String sql, String upperKeyword) {
    if (type != TokenType.WORD || end - start != upperKeyword.length() || end > sql.length()) {
      return false;
    }
    for (int i = 0; i < upperKeyword.length(); i++) {
      char c = sql.charAt(start + i);
      char k = upperKeyword.charAt(i);
      if (c != k && !(c >= 'a' && c <= 'z' && c - ('a' - 'A') == k)) {
        return false;
      }
    }
    return true;
  }
}
