package io.jdbcguard.rules.assertions;

import io.jdbcguard.rules.Dialect;

/**
 * Finds where a split statement's code begins, past the white space and comments in front of it, so
 * a report points at the line of the keyword rather than at the comment above it. Reporting only:
 * the engine always sees the statement unchanged. The {@code check} command and the assertions both
 * use it, so they report the same line.
 */
public final class LeadingTrivia {

  private LeadingTrivia() {}

  /** The index of the first character that is neither white space nor part of a comment. */
  public static int codeStart(String sql, Dialect dialect) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && startsLineComment(sql, i, dialect)) {
        i = endOfLine(sql, i);
      } else if (c == '#' && dialect == Dialect.MYSQL) {
        i = endOfLine(sql, i);
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        if (dialect == Dialect.MYSQL && i + 2 < n && sql.charAt(i + 2) == '!') {
          return i; // an executable comment is code to MySQL
        }
        int end = endOfBlockComment(sql, i, dialect == Dialect.POSTGRES);
        if (end < 0) {
          return i; // unterminated: let the engine judge it, point at it
        }
        i = end;
      } else {
        return i;
      }
    }
    return n;
  }

  /** The 1-based line of the code start, given the line the statement text begins on. */
  public static int codeLine(String sql, int firstLine, Dialect dialect) {
    int end = codeStart(sql, dialect);
    int line = firstLine;
    for (int i = 0; i < end; i++) {
      char c = sql.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= end || sql.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** The statement from its first keyword, without trailing white space. */
  public static String code(String sql, Dialect dialect) {
    return sql.substring(Math.min(codeStart(sql, dialect), sql.length())).stripTrailing();
  }

  private static boolean startsLineComment(String sql, int i, Dialect dialect) {
    if (i + 1 >= sql.length() || sql.charAt(i + 1) != '-') {
      return false;
    }
    if (dialect != Dialect.MYSQL) {
      return true;
    }
    // MySQL needs white space or a control character after "--"
    return i + 2 >= sql.length() || sql.charAt(i + 2) <= ' ';
  }

  private static int endOfLine(String sql, int i) {
    while (i < sql.length() && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** The index just past the comment opened at {@code start}, or -1 if it never closes. */
  private static int endOfBlockComment(String sql, int start, boolean nested) {
    int depth = 0;
    int i = start;
    while (i + 1 < sql.length()) {
      char c = sql.charAt(i);
      char d = sql.charAt(i + 1);
      if (c == '/' && d == '*' && (depth == 0 || nested)) {
        depth++;
        i += 2;
      } else if (c == '*' && d == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return -1;
  }
}
