package io.jdbcguard.mcp;

import java.util.Map;

/** The arguments of one tool call, read with clear errors for what is missing or malformed. */
final class Args {

  /** Longer SQL texts are refused before they reach the guard. */
  static final int MAX_SQL = 1_000_000;

  private final String tool;
  private final Map<String, Object> values;

  Args(String tool, Map<String, Object> values) {
    this.tool = tool;
    this.values = values == null ? Map.of() : values;
  }

  /** A required, non-blank text argument. */
  String text(String name) throws ToolFailure {
    Object value = values.get(name);
    if (value == null) {
      throw new ToolFailure(tool + " needs the argument '" + name + "'.");
    }
    if (!(value instanceof String s)) {
      throw new ToolFailure("'" + name + "' must be a string, not " + kind(value) + ".");
    }
    if (s.isBlank()) {
      throw new ToolFailure("'" + name + "' is empty; give " + tool + " some text.");
    }
    return s;
  }

  /** The required {@code sql} argument, within {@value #MAX_SQL} characters. */
  String sql() throws ToolFailure {
    String sql = text("sql");
    if (sql.length() > MAX_SQL) {
      throw new ToolFailure(
          "The SQL text is " + sql.length() + " characters long, more than " + MAX_SQL
              + " allowed; send one statement, not a whole dump.");
    }
    return sql;
  }

  /** An optional text argument, or null. */
  String optionalText(String name) throws ToolFailure {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new ToolFailure("'" + name + "' must be a string, not " + kind(value) + ".");
    }
    return s.isBlank() ? null : s;
  }

  /** An optional whole number between {@code min} and {@code max}. */
  int optionalInt(String name, int fallback, int min, int max) throws ToolFailure {
    Object value = values.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw new ToolFailure("'" + name + "' must be a whole number, not " + kind(value) + ".");
    }
    long v = n.longValue();
    if (v < min || v > max) {
      throw new ToolFailure("'" + name + "' must be between " + min + " and " + max + ", not " + v + ".");
    }
    return (int) v;
  }

  private static String kind(Object value) {
    return value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean"
        : value instanceof Map ? "an object" : value instanceof Iterable ? "an array" : "that";
  }
}
