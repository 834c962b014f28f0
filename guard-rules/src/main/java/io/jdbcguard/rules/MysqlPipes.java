package io.jdbcguard.rules;

/**
 * MySQL and MariaDB read {@code ||} as logical OR (unless {@code PIPES_AS_CONCAT} is set, which
 * the guard refuses at session level), with OR's precedence: {@code WHERE id = 5 || 1} is {@code
 * (id = 5) OR 1}, true for every row. JSqlParser reads {@code ||} as string concatenation, binding
 * tighter than {@code =} ({@code id = (5 || 1)}), so in the MySQL dialect the parser is handed
 * {@code OR} instead. Only operators outside string literals and quoted identifiers change.
 */
final class MysqlPipes {

  private MysqlPipes() {}

  /** {@code text} (a {@code ParserText} rendering) with every {@code ||} operator spelled OR. */
  static String asOr(String text) {
    if (text.indexOf("||") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\'' || c == '`' || c == '"') {
        int end = closing(text, i, c);
        out.append(text, i, end);
        i = end;
      } else if (c == '|' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
        out.append(" OR ");
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index after the quoted section that starts at {@code open} (a doubled quote stays inside). */
  private static int closing(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
