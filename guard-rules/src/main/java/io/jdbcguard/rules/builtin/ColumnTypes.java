package io.jdbcguard.rules.builtin;

import io.jdbcguard.rules.StatementContext;
import io.jdbcguard.rules.sql.TokenType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL column types as the migration rules compare them: the type text of a column
 * definition or an {@code ALTER COLUMN ... TYPE}, normalised ({@code character varying(20)} is
 * {@code varchar(20)}), and whether a change from one to another keeps the stored bytes (so
 * PostgreSQL changes only the catalog: no rewrite, no index rebuild). Checked on PostgreSQL 15
 * with rows in the table (the table's relfilenode stays the same exactly for these changes).
 */
final class ColumnTypes {

  /** Words that end a type in a column definition or an ALTER ... TYPE action. */
  private static final Set<String> AFTER_TYPE =
      Set.of("NOT", "NULL", "DEFAULT", "CONSTRAINT", "PRIMARY", "REFERENCES", "UNIQUE", "CHECK",
          "GENERATED", "COLLATE", "USING", "AUTO_INCREMENT", "COMMENT", "FIRST", "AFTER", "ON",
          "STORAGE", "COMPRESSION", "AS", "INVISIBLE", "VISIBLE", "KEY", "IDENTITY");

  private static final Pattern SIZED = Pattern.compile("([a-z]+)(?:\\((\\d+)(?:,(-?\\d+))?\\))?(\\[\\])?");

  private ColumnTypes() {}

  /** The normalised type written from token {@code from} up to {@code last}, or null. */
  static String typeAt(StatementContext s, int from, int last) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = from; i <= last && i < s.size(); i++) {
      TokenType t = s.type(i);
      if (t == TokenType.LEFT_PAREN) {
        depth++;
      } else if (t == TokenType.RIGHT_PAREN) {
        depth--;
      } else if (depth == 0 && i > from && (AFTER_TYPE.contains(s.word(i)) || t == TokenType.COMMA)) {
        break;
      }
      sb.append(s.text(i));
      if (t == TokenType.WORD && s.type(i + 1) == TokenType.WORD && depth == 0) {
        sb.append(' ');
      }
    }
    return sb.length() == 0 ? null : normalise(sb.toString());
  }

  /** {@code character varying(20)} to {@code varchar(20)}, {@code decimal} to {@code numeric}, ... */
  static String normalise(String type) {
    String t = type.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    t = t.replace("pg_catalog.", "");
    t = t.replaceAll("^character varying", "varchar").replaceAll("^char varying", "varchar")
        .replaceAll("^character\\b", "bpchar").replaceAll("^char\\b", "bpchar")
        .replaceAll("^decimal", "numeric").replaceAll("^bit varying", "varbit")
        .replaceAll("^integer$", "int4").replaceAll("^int$", "int4").replaceAll("^bigint$", "int8")
        .replaceAll("^smallint$", "int2").replaceAll("^timestamp with time zone$", "timestamptz")
        .replaceAll("^timestamp without time zone$", "timestamp").replaceAll("^double precision$", "float8");
    return t.replace(" ", "");
  }

  /**
   * True when PostgreSQL changes {@code from} to {@code to} without rewriting the table: the same
   * type, a longer (or unlimited) varchar, varchar to text and back to unlimited varchar, a numeric
   * with a larger precision and the same scale (or unconstrained), a longer varbit.
   */
  static boolean keepsBytes(String from, String to) {
    if (from == null || to == null) {
      return false;
    }
    if (from.equals(to)) {
      return true;
    }
    Matcher a = SIZED.matcher(from);
    Matcher b = SIZED.matcher(to);
    if (!a.matches() || !b.matches() || a.group(4) != null || b.group(4) != null) {
      return false;
    }
    String fa = a.group(1);
    String fb = b.group(1);
    boolean textual = Set.of("varchar", "text").contains(fa) && Set.of("varchar", "text").contains(fb);
    if (textual) {
      if (fb.equals("text") || b.group(2) == null) {
        return true; // to text or to unlimited varchar
      }
      return fa.equals("varchar") && a.group(2) != null && Long.parseLong(b.group(2)) >= Long.parseLong(a.group(2));
    }
    if (fa.equals(fb) && (fa.equals("numeric"))) {
      if (b.group(2) == null) {
        return true;
      }
      if (a.group(2) == null) {
        return false;
      }
      String sa = a.group(3) == null ? "0" : a.group(3);
      String sb = b.group(3) == null ? "0" : b.group(3);
      return sa.equals(sb) && Long.parseLong(b.group(2)) >= Long.parseLong(a.group(2));
    }
    if (fa.equals(fb) && fa.equals("varbit")) {
      return b.group(2) == null || a.group(2) != null && Long.parseLong(b.group(2)) >= Long.parseLong(a.group(2));
    }
    return false;
  }

  /**
   * True for a target type that a binary-compatible widening can produce (text, varchar, numeric,
   * varbit): without the old type the guard takes such a change, written without {@code USING},
   * to be the widening it nearly always is.
   */
  static boolean mayWiden(String to) {
    Matcher b = to == null ? null : SIZED.matcher(to);
    return b != null && b.matches() && b.group(4) == null
        && Set.of("varchar", "text", "numeric", "varbit").contains(b.group(1));
  }
}
