package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.Set;

/**
 * Session settings that change how the server reads string literals and quotes: MySQL's {@code
 * sql_mode} with {@code NO_BACKSLASH_ESCAPES}, {@code ANSI_QUOTES} or {@code ANSI} (or a value the
 * guard cannot read), PostgreSQL's {@code standard_conforming_strings = off} and {@code
 * backslash_quote = on}, and client character sets where a backslash byte can hide inside a
 * multibyte character. After such a change the server and the guard would disagree on where a
 * string ends, and SQL could hide inside what the guard takes for a literal.
 */
final class QuotingChange implements Rule {

  private static final Set<String> UNSAFE_CHARSETS =
      Set.of("big5", "gbk", "gb2312", "gb18030", "sjis", "cp932", "euckr", "ujis", "eucjpms");

  @Override
  public String id() {
    return "quoting-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    if (Keywords.startsWith(s, "SET", "NAMES") || Keywords.startsWith(s, "SET", "CHARACTER", "SET")) {
      int value = s.isWord(1, "NAMES") ? 2 : 3;
      if (unsafeCharset(s, value)) {
        add(s, report, 0, s.size() - 1);
      }
      return;
    }
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      String v = a.valueIndex() < 0 ? null : literal(s, a.valueIndex(), a.last());
      boolean hit =
          switch (a.name()) {
            case "sql_mode" -> v == null || v.contains("NO_BACKSLASH_ESCAPES")
                || v.contains("ANSI_QUOTES") || v.matches("(^|.*,)\\s*ANSI\\s*(,.*|$)");
            case "standard_conforming_strings" -> v == null
                || !(v.equals("ON") || v.equals("TRUE") || v.equals("1") || v.equals("DEFAULT"));
            case "backslash_quote" -> v == null || !(v.equals("OFF") || v.equals("FALSE")
                || v.equals("0") || v.equals("SAFE_ENCODING") || v.equals("DEFAULT"));
            case "character_set_client", "names" -> v == null || UNSAFE_CHARSETS.contains(v.toLowerCase(Locale.ROOT));
            default -> false;
          };
      if (hit) {
        add(s, report, a.first(), a.last());
      }
    }
  }

  private static void add(StatementContext s, Report report, int from, int to) {
    report.add(
        s.slice(from, to),
        "This changes how the server reads string literals and quotes, so the server and the"
            + " guard would no longer agree on where a string ends.",
        "Keep the server's default string syntax (standard_conforming_strings on; no"
            + " NO_BACKSLASH_ESCAPES / ANSI_QUOTES in sql_mode; a UTF-8 client character set).");
  }

  /** The upper-cased value when it is one literal or word, else null (cannot be read). */
  private static String literal(StatementContext s, int first, int last) {
    if (first != last) {
      return null;
    }
    String v = s.type(first) == TokenType.STRING ? s.stringValue(first) : s.word(first);
    return v == null || v.isEmpty() ? null : v.toUpperCase(Locale.ROOT).trim();
  }

  private static boolean unsafeCharset(StatementContext s, int i) {
    String v = s.type(i) == TokenType.STRING ? s.stringValue(i) : s.identifier(i);
    return v == null || UNSAFE_CHARSETS.contains(v.toLowerCase(Locale.ROOT));
  }
}
