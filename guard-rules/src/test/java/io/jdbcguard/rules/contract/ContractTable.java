package io.jdbcguard.rules.contract;

import io.jdbcguard.rules.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the labelled statement tables in {@code src/test/resources/contract/} (format: that
 * folder's README.md). Fails loudly on a malformed line, so a typo never silently drops a case.
 */
final class ContractTable {

  /** The file that holds section 1 of the contract. */
  static final String MUST_BLOCK = "must-block.txt";
  /** The file that holds section 2 of the contract. */
  static final String MUST_ALLOW = "must-allow.txt";
  /** The file that holds section 3 of the contract. */
  static final String SHOULD_BLOCK = "should-block.txt";

  /**
   * One line of a table.
   *
   * @param file the resource file name
   * @param line the 1-based line number in that file
   * @param dialects the dialects the row runs in
   * @param expect {@code *} or a rule id that must be among the findings ({@code *} in must-allow)
   * @param note the contract item and a few words
   * @param sql the decoded statement
   * @param rawSql the statement as written in the file (escapes not decoded), for display
   */
  record Row(
      String file,
      int line,
      Set<Dialect> dialects,
      String expect,
      String note,
      String sql,
      String rawSql) {

    String where() {
      return file + ":" + line;
    }
  }

  /** One row run in one dialect: the unit of a parameterized test. */
  record Case(Dialect dialect, Row row) {
    @Override
    public String toString() {
      return "[" + dialect.id() + "] " + abbreviate(row.rawSql(), 140) + "   (" + row.note() + "; "
          + row.where() + ")";
    }
  }

  private ContractTable() {}

  /** All rows of a table file. */
  static List<Row> rows(String file) {
    boolean hasExpect = !file.equals(MUST_ALLOW);
    List<Row> rows = new ArrayList<>();
    String[] lines = resource("contract/" + file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripTrailing(lines[i]);
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      rows.add(parse(file, i + 1, line, hasExpect));
    }
    return rows;
  }

  /** All rows of a table file, one case per dialect of each row. */
  static List<Case> cases(String file) {
    List<Case> cases = new ArrayList<>();
    for (Row row : rows(file)) {
      for (Dialect d : row.dialects()) {
        cases.add(new Case(d, row));
      }
    }
    return cases;
  }

  static Row parse(String file, int lineNo, String line, boolean hasExpect) {
    int fields = hasExpect ? 4 : 3;
    String[] parts = line.split("\\|", fields);
    String where = file + ":" + lineNo;
    if (parts.length != fields) {
      throw new IllegalArgumentException(
          where + ": expected " + fields + " '|'-separated fields but found " + parts.length
              + ": " + line);
    }
    Set<Dialect> dialects = dialects(parts[0].strip(), where);
    String expect = hasExpect ? parts[1].strip() : "*";
    if (expect.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty expect field; write * for any rule");
    }
    String note = parts[fields - 2].strip();
    if (note.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty note; name the contract item");
    }
    String raw = parts[fields - 1].strip();
    return new Row(file, lineNo, dialects, expect, note, unescape(raw, where), raw);
  }

  static Set<Dialect> dialects(String field, String where) {
    Set<Dialect> result = EnumSet.noneOf(Dialect.class);
    for (String name : field.split(",")) {
      switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "postgres":
          result.add(Dialect.POSTGRES);
          break;
        case "mysql":
          result.add(Dialect.MYSQL);
          break;
        case "generic":
          result.add(Dialect.GENERIC);
          break;
        case "any":
          result.add(Dialect.POSTGRES);
          result.add(Dialect.MYSQL);
          break;
        case "all":
          result.addAll(EnumSet.allOf(Dialect.class));
          break;
        default:
          throw new IllegalArgumentException(
              where + ": unknown dialect '" + name.strip()
                  + "'; expected postgres, mysql, generic, any or all");
      }
    }
    return result;
  }

  /** Decodes {@code \n \r \t \0 \\ \}{@code uXXXX}; any other backslash sequence is an error. */
  static String unescape(String s, String where) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (i + 1 >= s.length()) {
        throw new IllegalArgumentException(
            where + ": dangling backslash at end of SQL; write \\\\");
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case '0':
          sb.append('\0');
          break;
        case '\\':
          sb.append('\\');
          break;
        case 'u':
          if (i + 4 >= s.length()) {
            throw new IllegalArgumentException(where + ": \\u needs four hex digits");
          }
          String hex = s.substring(i + 1, i + 5);
          if (!hex.matches("[0-9A-Fa-f]{4}")) {
            throw new IllegalArgumentException(
                where + ": \\u needs four hex digits, found '" + hex + "'");
          }
          sb.append((char) Integer.parseInt(hex, 16));
          i += 4;
          break;
        default:
          throw new IllegalArgumentException(
              where + ": unknown escape \\" + e + "; use \\\\ for a literal backslash");
      }
    }
    return sb.toString();
  }

  /** Shows control characters as escapes and cuts long SQL, for display names and messages. */
  static String abbreviate(String sql, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sql.length() && sb.length() < max; i++) {
      char c = sql.charAt(i);
      switch (c) {
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\0':
          sb.append("\\0");
          break;
        default:
          sb.append(c);
      }
    }
    if (sb.length() >= max && sql.length() > max) {
      sb.append("...");
    }
    return sb.toString();
  }

  static String resource(String path) {
    try (InputStream in = ContractTable.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripTrailing(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
