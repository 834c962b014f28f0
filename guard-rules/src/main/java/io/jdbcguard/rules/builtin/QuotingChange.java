package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.Dialect;
import io.jdbcguard.rules.Rule;
import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;

/**
 * Session settings that change how the server reads SQL text: MySQL/MariaDB {@code sql_mode}
 * values that add ANSI_QUOTES, PIPES_AS_CONCAT, NO_BACKSLASH_ESCAPES, HIGH_NOT_PRECEDENCE or
 * EMPTY_STRING_IS_NULL (directly, through a combination mode such as ANSI, POSTGRESQL or ORACLE,
 * or as a number), client or connection character sets whose multi-byte characters can hold a
 * backslash, quote or backquote byte ({@code SET NAMES gbk}, {@code SET CHARSET sjis}, {@code
 * character_set_client}, {@code collation_connection}), PostgreSQL's {@code
 * standard_conforming_strings = off}, {@code backslash_quote = on} and client-only encodings
 * ({@code client_encoding = 'SJIS'}), in every spelling of SET, also inside {@code SET STATEMENT
 * ... FOR}. A value the guard cannot read (an expression, a variable, a number for a character
 * set) is refused too. After such a change the server and the guard would disagree on where a
 * string ends or what an operator means, and SQL could hide in what the guard reads as a literal.
 */
final class QuotingChange implements Rule {

  @Override
  public String id() {
    return "quoting-change";
  }

  @Override
  public void check(StatementContext s, Report report) {
    for (SetAssignments.Assignment a : SetAssignments.of(s)) {
      String why = switch (a.name()) {
        case "sql_mode" -> ReadingSettings.sqlMode(s, a);
        case "names", "charset", "character", "character_set_client", "character_set_connection" ->
            charset(s, a);
        case "collation_connection" -> collation(s, a);
        case "client_encoding" -> s.dialect() == Dialect.MYSQL ? null : charset(s, a);
        case "standard_conforming_strings" -> s.dialect() == Dialect.MYSQL ? null
            : ReadingSettings.onlyIf(s, a, "standard_conforming_strings off makes backslashes"
                + " escape characters in every string literal", "ON", "TRUE", "YES", "1");
        case "backslash_quote" -> s.dialect() == Dialect.MYSQL ? null
            : ReadingSettings.onlyIf(s, a, "backslash_quote on lets \\' end no string",
                "OFF", "FALSE", "NO", "0", "SAFE_ENCODING");
        default -> null;
      };
      if (why != null) {
        report.add(
            s.slice(a.first(), a.last()),
            "This changes how the server reads SQL text (" + why + "), so the server and the"
                + " guard would no longer agree on where a string ends or what an operator means.",
            "Keep the server's default string syntax (no ANSI_QUOTES, PIPES_AS_CONCAT or"
                + " NO_BACKSLASH_ESCAPES in sql_mode; standard_conforming_strings on; a UTF-8"
                + " client character set).");
      }
    }
  }

  /** {@code SET NAMES x [COLLATE y]}, {@code SET CHARACTER SET x}, {@code character_set_client = x}. */
  private static String charset(StatementContext s, SetAssignments.Assignment a) {
    int v = a.valueIndex();
    if (a.name().equals("character")) {
      if (!s.isWord(v, "SET")) {
        return null; // not CHARACTER SET
      }
      v++;
    }
    boolean names = a.name().equals("names") || a.name().equals("charset") || a.name().equals("character");
    int last = names && s.isWord(v + 1, "COLLATE") ? v : a.last();
    String value = ReadingSettings.single(s, v, last);
    if (value == null) {
      return "a character set the guard cannot read";
    }
    if (value.equalsIgnoreCase("DEFAULT")) {
      return null;
    }
    return ReadingSettings.unsafeCharset(s.dialect(), value)
        ? "the character set " + value + " has multi-byte characters that can end in a backslash"
            + " or quote byte"
        : null;
  }

  /** MySQL {@code collation_connection = gbk_bin}: the connection takes the collation's charset. */
  private static String collation(StatementContext s, SetAssignments.Assignment a) {
    String value = ReadingSettings.single(s, a.valueIndex(), a.last());
    if (value == null || !value.matches("[A-Za-z0-9_]+")) {
      return "a collation the guard cannot read";
    }
    int cut = value.indexOf('_');
    String charset = cut < 0 ? value : value.substring(0, cut);
    return ReadingSettings.unsafeCharset(Dialect.MYSQL, charset)
        ? "the collation " + value + " belongs to a character set whose multi-byte characters can"
            + " end in a backslash or quote byte"
        : null;
  }

  /** Value helpers shared with the wording above. */
  static final class ReadingSettings {

    /** MySQL/MariaDB character sets whose multi-byte characters can hold 0x5C, 0x27 or 0x60. */
    private static final java.util.Set<String> MYSQL_UNSAFE =
        java.util.Set.of("big5", "cp932", "gbk", "sjis", "gb18030", "ucs2", "utf16", "utf16le",
            "utf32");

    /**
     * PostgreSQL's client-only encodings (multi-byte characters that can hold ASCII bytes), as the
     * server normalises names: lower case, only letters and digits.
     */
    private static final java.util.Set<String> POSTGRES_UNSAFE =
        java.util.Set.of("big5", "win950", "windows950", "gbk", "win936", "windows936", "gb18030",
            "johab", "sjis", "mskanji", "shiftjis", "win932", "windows932", "shiftjis2004", "uhc",
            "win949", "windows949");

    /** sql_mode names that do not change how the text of a statement is read. */
    private static final java.util.Set<String> PLAIN_MODES =
        java.util.Set.of("", "REAL_AS_FLOAT", "IGNORE_SPACE", "IGNORE_BAD_TABLE_OPTIONS",
            "ONLY_FULL_GROUP_BY", "NO_UNSIGNED_SUBTRACTION", "NO_DIR_IN_CREATE", "NO_KEY_OPTIONS",
            "NO_TABLE_OPTIONS", "NO_FIELD_OPTIONS", "NO_AUTO_VALUE_ON_ZERO", "STRICT_TRANS_TABLES",
            "STRICT_ALL_TABLES", "NO_ZERO_IN_DATE", "NO_ZERO_DATE", "ALLOW_INVALID_DATES",
            "ERROR_FOR_DIVISION_BY_ZERO", "TRADITIONAL", "NO_AUTO_CREATE_USER",
            "NO_ENGINE_SUBSTITUTION", "PAD_CHAR_TO_FULL_LENGTH", "SIMULTANEOUS_ASSIGNMENT",
            "TIME_ROUND_FRACTIONAL", "TIME_TRUNCATE_FRACTIONAL");

    /**
     * sql_mode names that change how text is read, with what they add (MariaDB 10.11's expansion
     * of the combination modes, checked with SELECT @@sql_mode after setting each).
     */
    private static final java.util.Map<String, String> READING_MODES =
        java.util.Map.ofEntries(
            java.util.Map.entry("ANSI_QUOTES", "ANSI_QUOTES reads \"x\" as a name, not a string"),
            java.util.Map.entry("PIPES_AS_CONCAT", "PIPES_AS_CONCAT reads || as concatenation, not OR"),
            java.util.Map.entry("NO_BACKSLASH_ESCAPES", "NO_BACKSLASH_ESCAPES makes \\ an ordinary"
                + " character in strings"),
            java.util.Map.entry("HIGH_NOT_PRECEDENCE", "HIGH_NOT_PRECEDENCE changes what NOT applies to"),
            java.util.Map.entry("EMPTY_STRING_IS_NULL", "EMPTY_STRING_IS_NULL reads '' as NULL"),
            java.util.Map.entry("ANSI", "ANSI includes ANSI_QUOTES and PIPES_AS_CONCAT"),
            java.util.Map.entry("POSTGRESQL", "POSTGRESQL includes ANSI_QUOTES and PIPES_AS_CONCAT"),
            java.util.Map.entry("ORACLE", "ORACLE includes ANSI_QUOTES and PIPES_AS_CONCAT and"
                + " switches MariaDB to Oracle syntax"),
            java.util.Map.entry("MSSQL", "MSSQL includes ANSI_QUOTES and PIPES_AS_CONCAT"),
            java.util.Map.entry("DB2", "DB2 includes ANSI_QUOTES and PIPES_AS_CONCAT"),
            java.util.Map.entry("MAXDB", "MAXDB includes ANSI_QUOTES and PIPES_AS_CONCAT"),
            java.util.Map.entry("MYSQL323", "MYSQL323 includes HIGH_NOT_PRECEDENCE"),
            java.util.Map.entry("MYSQL40", "MYSQL40 includes HIGH_NOT_PRECEDENCE"));

    /**
     * The bits of a numeric sql_mode that change nothing in how text is read (MariaDB 10.11:
     * REAL_AS_FLOAT 1, IGNORE_SPACE 8, 16, 32, 64, 128, NO_KEY_OPTIONS 8192 .. NO_FIELD_OPTIONS
     * 32768, NO_AUTO_VALUE_ON_ZERO 524288, STRICT_TRANS_TABLES 2^21 .. NO_AUTO_CREATE_USER 2^28,
     * NO_ENGINE_SUBSTITUTION 2^30, PAD_CHAR_TO_FULL_LENGTH 2^31, SIMULTANEOUS_ASSIGNMENT 2^33,
     * TIME_ROUND_FRACTIONAL 2^34). Every other bit adds a reading mode or is unknown.
     */
    private static final long PLAIN_BITS =
        1L | 8L | 16L | 32L | 64L | 128L | 8192L | 16384L | 32768L | 524288L | (1L << 21)
            | (1L << 22) | (1L << 23) | (1L << 24) | (1L << 25) | (1L << 26) | (1L << 27)
            | (1L << 28) | (1L << 30) | (1L << 31) | (1L << 33) | (1L << 34);

    private ReadingSettings() {}

    static boolean unsafeCharset(Dialect dialect, String name) {
      String lower = name.trim().toLowerCase(Locale.ROOT);
      String normalised = lower.replaceAll("[^a-z0-9]", "");
      return switch (dialect) {
        case MYSQL -> MYSQL_UNSAFE.contains(lower);
        case POSTGRES -> POSTGRES_UNSAFE.contains(normalised);
        default -> MYSQL_UNSAFE.contains(lower) || POSTGRES_UNSAFE.contains(normalised);
      };
    }

    /**
     * The value of tokens {@code [first, last]} when it is one plain string literal or one name
     * (a word or a quoted identifier), else null.
     */
    static String single(StatementContext s, int first, int last) {
      if (first < 0 || first != last) {
        return null;
      }
      TokenType t = s.type(first);
      if (t == TokenType.STRING) {
        String text = s.text(first);
        char c = text.isEmpty() ? ' ' : text.charAt(0);
        if (c == 'n' || c == 'N') {
          c = text.length() > 1 ? text.charAt(1) : ' ';
        }
        return c == '\'' || c == '"' ? s.stringValue(first) : null;
      }
      return t == TokenType.WORD || t == TokenType.QUOTED_IDENTIFIER ? s.identifier(first) : null;
    }

    /** Why the setting is refused, or null when its value is DEFAULT or one of {@code safe}. */
    static String onlyIf(StatementContext s, SetAssignments.Assignment a, String why, String... safe) {
      String v = single(s, a.valueIndex(), a.last());
      if (v == null) {
        return "a value the guard cannot read";
      }
      String upper = v.trim().toUpperCase(Locale.ROOT);
      if (upper.equals("DEFAULT")) {
        return null;
      }
      for (String ok : safe) {
        if (upper.equals(ok)) {
          return null;
        }
      }
      return why;
    }

    /** Why a sql_mode assignment is refused, or null when the new mode reads text as before. */
    static String sqlMode(StatementContext s, SetAssignments.Assignment a) {
      int v = a.valueIndex();
      if (v < 0 || v != a.last()) {
        return "a sql_mode the guard cannot read";
      }
      if (s.type(v) == TokenType.NUMBER) {
        String digits = s.text(v);
        if (!digits.matches("[0-9]{1,18}")) {
          return "a sql_mode the guard cannot read";
        }
        long bits = Long.parseLong(digits);
        return (bits & ~PLAIN_BITS) == 0 ? null
            : "the sql_mode " + digits + " sets ANSI_QUOTES, PIPES_AS_CONCAT, NO_BACKSLASH_ESCAPES"
                + " or another mode that changes how text is read";
      }
      String value = single(s, v, v);
      if (value == null) {
        return "a sql_mode the guard cannot read";
      }
      String upper = value.toUpperCase(Locale.ROOT);
      if (s.type(v) == TokenType.WORD
          && (upper.equals("DEFAULT") || upper.equals("TRUE") || upper.equals("FALSE"))) {
        return null;
      }
      for (String mode : upper.split(",", -1)) {
        String reading = READING_MODES.get(mode);
        if (reading != null) {
          return reading;
        }
        if (!PLAIN_MODES.contains(mode)) {
          return "a sql_mode the guard does not know: '" + mode + "'";
        }
      }
      return null;
    }
  }
}
