package io.jdbcguard.driver.cli;

import java.io.PrintStream;
import java.util.Locale;

/** How {@code check} writes its report. */
enum OutputFormat {
  /** Compiler-style lines for people and editors, plus a summary line. */
  TEXT("text"),
  /** JSON Lines: one object per statement, for programs and agents. */
  JSON("json");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  ResultFormatter formatter(PrintStream out, boolean verbose) {
    return this == JSON ? new JsonLinesFormatter(out) : new TextFormatter(out, verbose);
  }

  /**
   * @throws IllegalArgumentException naming the bad value and the allowed ones
   */
  static OutputFormat fromId(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.id.equals(v)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + value + "'; expected one of text, json");
  }
}
