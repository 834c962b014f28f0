package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Compiler-style report: {@code file:line: BLOCK [rule-id] message}, one line per finding, then a
 * summary line. Allowed statements are listed only when verbose.
 */
final class TextFormatter implements ResultFormatter {

  private static final int MAX_SQL = 100;

  private final PrintStream out;
  private final boolean verbose;

  TextFormatter(PrintStream out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  @Override
  public void statement(StatementResult result) {
    String location = result.source() + ":" + result.line() + ": ";
    boolean printed = false;
    for (Finding finding : result.verdict().findings()) {
      if (finding.action() != Action.ALLOW || verbose) {
        out.println(location + label(finding.action()) + " " + finding.message());
        printed = true;
      }
    }
    if (!printed && verbose) {
      out.println(location + label(result.verdict().action()) + " " + abbreviate(result.sql()));
    }
  }

  @Override
  public void finish(Summary summary) {
    out.println(summary.line());
  }

  private static String label(Action action) {
    return action.id().toUpperCase(Locale.ROOT);
  }

  /** One line: white space collapsed, cut to {@value #MAX_SQL} characters. */
  static String abbreviate(String sql) {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_SQL ? oneLine : oneLine.substring(0, MAX_SQL) + "...";
  }
}
