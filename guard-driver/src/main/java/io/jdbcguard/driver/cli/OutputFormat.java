package io.jdbcguard.driver.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code check} writes its report. */
enum OutputFormat {
  /** Compiler-style lines for people and editors, plus a summary line. */
  TEXT("text"),
  /** JSON Lines: one object per statement, for programs and agents. */
  JSON("json"),
  /** GitHub Actions workflow commands: annotations on the files in the pull request. */
  GITHUB("github"),
  /** One SARIF 2.1.0 document, for code scanning. */
  SARIF("sarif");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  ResultFormatter formatter(PrintStream out, boolean verbose) {
    switch (this) {
      case JSON:
        return new JsonLinesFormatter(out);
      case GITHUB:
        return new GithubFormatter(out);
      case SARIF:
        return new SarifFormatter(out, Version.current());
      default:
        return new TextFormatter(out, verbose);
    }
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
        "unknown format '"
            + value
            + "'; expected one of "
            + Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", ")));
  }
}
