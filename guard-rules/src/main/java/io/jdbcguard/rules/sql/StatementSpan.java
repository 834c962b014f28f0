package io.jdbcguard.rules.sql;

/**
 * Where one statement lies in a token list and in the SQL string it came from. Leading and trailing
 * comments are outside the span; the separating semicolon is never inside it.
 *
 * @param firstToken index of its first token (never a comment)
 * @param endToken index after its last token (exclusive; the last token is never a comment)
 * @param start index of its first character in the SQL string
 * @param end index after its last character (exclusive)
 * @param line the 1-based line of its first character
 */
public record StatementSpan(int firstToken, int endToken, int start, int end, int line) {

  /** The statement's text, {@code sql.substring(start, end)}. */
  public String text(String sql) {
    return sql.substring(start, end);
  }

  /** The number of tokens in the statement. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
