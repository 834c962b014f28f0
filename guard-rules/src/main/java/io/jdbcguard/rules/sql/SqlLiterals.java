package io.jdbcguard.rules.sql;

import io.jdbcguard.rules.Dialect;

/** Decodes the literals and quoted identifiers this lexer produced. Never throws. */
final class SqlLiterals {

  private enum Kind {
    /** {@code '..'}: only doubled quotes. */
    STANDARD,
    /** PostgreSQL {@code E'..'}: C-like backslash escapes. */
    ESCAPE,
    /** PostgreSQL/ANSI {@code U&'..'}: backslash Unicode escapes. */
    UNICODE,
    /** MySQL {@code '..'}, {@code ".."}: backslash escapes. */
    MYSQL,
    /** {@code X'..'}, {@code B'..'}: digits only. */
    DIGITS
  }

  private final String sql;
  private final int end;
  private final Dialect dialect;
  private final StringBuilder out;
  private byte[] bytes = new byte[0];
  private int byteCount;
  /** The escape character of a {@code U&} literal ({@code UESCAPE 'c'}; backslash by default). */
  private char escape = '\\';

  private SqlLiterals(String sql, int start, int end, Dialect dialect) {
    this.sql = sql;
    this.end = end;
    this.dialect = dialect;
    this.out = new StringBuilder(Math.max(0, end - start));
  }

  static String stringValue(String sql, Token token, Dialect dialect) {
    return stringValue(sql, token, dialect, '\\');
  }

  /** As {@link #stringValue(String, Token, Dialect)}, with a {@code U&} literal's UESCAPE character. */
  static String stringValue(String sql, Token token, Dialect dialect, char unicodeEscape) {
    if (sql == null || token == null) {
      return "";
    }
    int start = Math.min(token.start(), sql.length());
    int end = Math.min(token.end(), sql.length());
    String text = sql.substring(start, end);
    if (token.type() != TokenType.STRING || end - start < 2) {
      return text;
    }
    char c0 = sql.charAt(start);
    if (c0 == '$') {
      return dollarBody(sql, start, end, text);
    }
    Kind kind;
    int quote;
    switch (c0) {
      case '\'':
      case '"':
        kind = dialect == Dialect.MYSQL ? Kind.MYSQL : Kind.STANDARD;
        quote = start;
        break;
      case 'n':
      case 'N':
        kind = dialect == Dialect.MYSQL ? Kind.MYSQL : Kind.STANDARD;
        quote = start + 1;
        break;
      case 'e':
      case 'E':
        kind = Kind.ESCAPE;
        quote = start + 1;
        break;
      case 'x':
      case 'X':
      case 'b':
      case 'B':
        kind = Kind.DIGITS;
        quote = start + 1;
        break;
      case 'u':
      case 'U':
        kind = Kind.UNICODE;
        quote = start + 2;
        break;
      default:
        return text;
    }
    if (quote >= end || (sql.charAt(quote) != '\'' && sql.charAt(quote) != '"')) {
      return text;
    }
    SqlLiterals literals = new SqlLiterals(sql, start, end, dialect);
    literals.escape = unicodeEscape;
    return literals.decode(quote, kind);
  }

  static String identifierValue(String sql, Token token) {
    return identifierValue(sql, token, '\\');
  }

  /** As {@link #identifierValue(String, Token)}, with a {@code U&} identifier's UESCAPE character. */
  static String identifierValue(String sql, Token token, char unicodeEscape) {
    if (sql == null || token == null) {
      return "";
    }
    int start = Math.min(token.start(), sql.length());
    int end = Math.min(token.end(), sql.length());
    String text = sql.substring(start, end);
    if (token.type() != TokenType.QUOTED_IDENTIFIER || end - start < 2) {
      return text;
    }
    char c0 = sql.charAt(start);
    if ((c0 == '"' || c0 == '`') && sql.charAt(end - 1) == c0) {
      return undouble(sql, start + 1, end - 1, c0);
    }
    if ((c0 == 'u' || c0 == 'U') && end - start >= 4 && sql.charAt(start + 2) == '"') {
      return unicodeEscapes(undouble(sql, start + 3, end - 1, '"'), unicodeEscape);
    }
    return text;
  }

  /** True for an {@code X'..'} or {@code B'..'} STRING token. */
  static boolean isBitString(String sql, Token token) {
    if (token.type() != TokenType.STRING || token.length() < 3) {
      return false;
    }
    char c0 = sql.charAt(token.start());
    return c0 == 'x' || c0 == 'X' || c0 == 'b' || c0 == 'B';
  }

  private static String dollarBody(String sql, int start, int end, String text) {
    int tagEnd = sql.indexOf('$', start + 1);
    if (tagEnd < 0 || tagEnd >= end) {
      return text;
    }
    int tagLength = tagEnd + 1 - start;
    if (end - start < 2 * tagLength) {
      return text;
    }
    return sql.substring(start + tagLength, end - tagLength);
  }

  private static String undouble(String sql, int from, int to, char quote) {
    StringBuilder sb = new StringBuilder(Math.max(0, to - from));
    for (int i = from; i < to; i++) {
      char c = sql.charAt(i);
      sb.append(c);
      if (c == quote && i + 1 < to && sql.charAt(i + 1) == quote) {
        i++;
      }
    }
    return sb.toString();
  }

  private String decode(int quote, Kind kind) {
    char q = sql.charAt(quote);
    int i = quote + 1;
    while (i < end) {
      char c = sql.charAt(i);
      if (c == q) {
        if (kind != Kind.DIGITS && i + 1 < end && sql.charAt(i + 1) == q) {
          append(q);
          i += 2;
          continue;
        }
        int next =
            dialect == Dialect.POSTGRES ? SqlLexer.continuationQuote(sql, i + 1, end) : -1;
        if (next < 0) {
          break;
        }
        i = next + 1;
      } else if (c == '\\' && i + 1 < end && kind == Kind.ESCAPE) {
        i = postgresEscape(i + 1);
      } else if (c == '\\' && i + 1 < end && kind == Kind.MYSQL) {
        i = mysqlEscape(i + 1);
      } else {
        append(c);
        i++;
      }
    }
    flushBytes();
    return kind == Kind.UNICODE ? unicodeEscapes(out.toString(), escape) : out.toString();
  }

  /** PostgreSQL E'' escape whose letter is at {@code i}; returns the index after it. */
  private int postgresEscape(int i) {
    char c = sql.charAt(i);
    switch (c) {
      case 'b':
        append('\b');
        return i + 1;
      case 'f':
        append('\f');
        return i + 1;
      case 'n':
        append('\n');
        return i + 1;
      case 'r':
        append('\r');
        return i + 1;
      case 't':
        append('\t');
        return i + 1;
      case 'x':
        {
          int n = hexRun(i + 1, 2);
          if (n == 0) {
            append('x');
            return i + 1;
          }
          addByte(Integer.parseInt(sql, i + 1, i + 1 + n, 16));
          return i + 1 + n;
        }
      case 'u':
      case 'U':
        {
          int want = c == 'u' ? 4 : 8;
          if (hexRun(i + 1, want) == want) {
            long cp = Long.parseLong(sql, i + 1, i + 1 + want, 16);
            if (cp <= Character.MAX_CODE_POINT) {
              appendCodePoint((int) cp);
              return i + 1 + want;
            }
          }
          append(c);
          return i + 1;
        }
      default:
        if (c >= '0' && c <= '7') {
          int j = i;
          int value = 0;
          while (j < end && j < i + 3 && sql.charAt(j) >= '0' && sql.charAt(j) <= '7') {
            value = value * 8 + (sql.charAt(j) - '0');
            j++;
          }
          addByte(value & 0xFF);
          return j;
        }
        append(c);
        return i + 1;
    }
  }

  /** MySQL escape whose letter is at {@code i}; returns the index after it. */
  private int mysqlEscape(int i) {
    char c = sql.charAt(i);
    switch (c) {
      case '0':
        append('\0');
        break;
      case 'b':
        append('\b');
        break;
      case 'n':
        append('\n');
        break;
      case 'r':
        append('\r');
        break;
      case 't':
        append('\t');
        break;
      case 'Z':
        append('\u001A');
        break;
      case '%':
      case '_':
        append('\\'); // kept, so LIKE still sees an escaped wildcard
        append(c);
        break;
      default:
        append(c);
        break;
    }
    return i + 1;
  }

  /** Applies {@code U&} escapes ({@code \XXXX}, {@code \+XXXXXX}, {@code \\}) with escape character {@code esc}. */
  private static String unicodeEscapes(String raw, char esc) {
    if (raw.indexOf(esc) < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != esc || i + 1 >= raw.length()) {
        sb.append(c);
        i++;
      } else if (raw.charAt(i + 1) == esc) {
        sb.append(esc);
        i += 2;
      } else if (raw.charAt(i + 1) == '+' && hexRun(raw, i + 2, 6, raw.length()) == 6) {
        int cp = Integer.parseInt(raw, i + 2, i + 8, 16);
        if (cp <= Character.MAX_CODE_POINT) {
          sb.appendCodePoint(cp);
        } else {
          sb.append(raw, i, i + 8);
        }
        i += 8;
      } else if (hexRun(raw, i + 1, 4, raw.length()) == 4) {
        sb.append((char) Integer.parseInt(raw, i + 1, i + 5, 16));
        i += 5;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private int hexRun(int from, int max) {
    return hexRun(sql, from, max, end);
  }

  private static int hexRun(String s, int from, int max, int limit) {
    int n = 0;
    while (n < max && from + n < limit && SqlLexer.isHexDigit(s.charAt(from + n))) {
      n++;
    }
    return n;
  }

  private void append(char c) {
    flushBytes();
    out.append(c);
  }

  private void appendCodePoint(int cp) {
    flushBytes();
    out.appendCodePoint(cp);
  }

  /** Octal and hex escapes are bytes of the server encoding (UTF-8): collect, then decode. */
  private void addByte(int value) {
    if (byteCount == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, Math.max(8, bytes.length * 2));
    }
    bytes[byteCount++] = (byte) value;
  }

  private void flushBytes() {
    if (byteCount > 0) {
      out.append(new String(bytes, 0, byteCount, java.nio.charset.StandardCharsets.UTF_8));
      byteCount = 0;
    }
  }
}
