package io.jdbcguard.driver.cli;

import io.jdbcguard.rules.Action;
import io.jdbcguard.rules.Finding;
import io.jdbcguard.rules.Suppression;
import io.jdbcguard.rules.assertions.ReportLines;
import java.io.PrintStream;

/**
 * Compiler-style report: {@code file:line: BLOCK [rule-id] message}, one line per finding, and
 * {@code file:line: OPT-OUT [rule-id] ...} for each applied opt-out comment, then a summary line.
 * Allowed statements are listed only when verbose. The lines are {@link ReportLines}, the same as
 * the test assertions print.
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
    boolean printed = false;
    for (Suppression s : result.suppressions()) {
      out.println(ReportLines.optOut(result.source(), result.line(), s));
      printed = true;
    }
    for (Finding finding : result.verdict().findings()) {
      if (finding.action() != Action.ALLOW || verbose) {
        out.println(ReportLines.finding(result.source(), result.line(), finding));
        printed = true;
      }
    }
    if (!printed && verbose) {
      out.println(
          result.source()
              + ":"
              + result.line()
              + ": "
              + ReportLines.label(result.verdict().action())
              + " "
              + abbreviate(result.sql()));
    }
  }

  @Override
  public void finish(Summary summary) {
    out.println(summary.line());
  }

  /** One line: white space collapsed, cut to {@value #MAX_SQL} characters. */
  static String abbreviate(String sql) {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_SQL ? oneLine : oneLine.substring(0, MAX_SQL) + "...";
  }
}
