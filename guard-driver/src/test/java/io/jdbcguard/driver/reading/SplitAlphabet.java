package io.jdbcguard.driver.reading;

import java.util.SplittableRandom;

/**
 * A seeded generator of hostile SQL strings over the alphabet where drivers and servers disagree:
 * string prefixes ({@code E'}, {@code U&'}), continuation across newlines, backslashes, dollar
 * quotes, nested and line comments, semicolons, placeholders and JDBC escapes.
 */
final class SplitAlphabet {

  private static final String[] PIECES = {
    "SELECT ", "SELECT 1", " ", "\n", "\r\n", "\t", "'", "E'", "e'", "U&'", "N'", "B'", "X'",
    "\\", "\\'", "''", "\"", "\"\"", "`", "--", "-- ", "#", "/*", "*/", "/*!", ";", "; ", "$$",
    "$a$", "$b$", "a$", "?", "??", "{fn ", "{d ", "{call ", "{escape ", "}", "(", ")", "x", "1",
    ",", "E", " DROP TABLE t", "BEGIN ATOMIC ", " END", " CASE ", "CREATE FUNCTION f() ", "::",
  };

  private final SplittableRandom random;

  SplitAlphabet(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** One string of 1 to {@code maxPieces} pieces. */
  String next(int maxPieces) {
    int n = 1 + random.nextInt(maxPieces);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
